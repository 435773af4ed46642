import { Type, type Static } from 'typebox';
import { InstantSchema } from './common.js';
import { TallySchema } from './statement.js';

const RepnessSchema = Type.Object({
  statementId: Type.String(),
  direction: Type.Union([Type.Literal('agree'), Type.Literal('disagree')]),
  nAgree: Type.Integer(),
  nDisagree: Type.Integer(),
  nVotes: Type.Integer(),
  pa: Type.Number({ description: 'Share agreeing inside the group, (na+1)/(ns+2)' }),
  pat: Type.Number(),
  ra: Type.Number({ description: 'pa relative to everyone else' }),
  rat: Type.Number(),
  pd: Type.Number(),
  pdt: Type.Number(),
  rd: Type.Number(),
  rdt: Type.Number(),
  /** Latest votes of the group's members on the statement, and of everyone in the other groups. */
  inside: TallySchema,
  outside: TallySchema,
});

export const MapSchema = Type.Object(
  {
    points: Type.Array(
      Type.Object({ x: Type.Number(), y: Type.Number(), group: Type.Integer() }),
      { description: 'Anonymous positions of grouped participants (no ids), evenly sampled to at most `maxPoints`' },
    ),
    total: Type.Integer({ description: 'Grouped participants before sampling' }),
    maxPoints: Type.Integer(),
  },
  { description: 'The opinion map: the first two principal components' },
);

const ConsensusSchema = Type.Object({ statementId: Type.String(), p: Type.Number(), test: Type.Number(), votes: Type.Integer() });

export const ResultsSchema = Type.Object({
  version: Type.Integer({ description: 'Snapshot version; grows with every recomputation' }),
  computedAt: InstantSchema,
  participants: Type.Integer(),
  votes: Type.Integer(),
  statements: Type.Integer(),
  inConv: Type.Integer({ description: 'Participants who voted enough to be placed in a group' }),
  k: Type.Integer({ description: 'Number of opinion groups' }),
  groups: Type.Array(
    Type.Object({ id: Type.Integer(), size: Type.Integer(), centre: Type.Array(Type.Number()), repness: Type.Array(RepnessSchema) }),
  ),
  consensus: Type.Object({ agree: Type.Array(ConsensusSchema), disagree: Type.Array(ConsensusSchema) }),
  groupInformedConsensus: Type.Array(
    Type.Object({ statementId: Type.String(), product: Type.Number(), geometricMean: Type.Number() }),
  ),
  divisive: Type.Array(
    Type.Object({
      statementId: Type.String(),
      variance: Type.Number({ description: 'Variance over groups of the smoothed agree share (na+1)/(ns+2)' }),
      agreeByGroup: Type.Array(Type.Number()),
      byGroup: Type.Array(TallySchema, { description: 'Latest votes per group, in the order of `groups`' }),
    }),
  ),
  tallies: Type.Array(
    Type.Object({ statementId: Type.String(), included: Type.Boolean(), agree: Type.Integer(), disagree: Type.Integer(), pass: Type.Integer() }),
  ),
  map: MapSchema,
  method: Type.Object({
    placeMinVotes: Type.Integer({ description: 'Votes on statements in the math a participant needs to be placed in a group' }),
    divisiveMinVotesPerGroup: Type.Integer({ description: 'Votes every group needs on a statement before it can count as divisive' }),
  }),
});
export type ResultsBody = Static<typeof ResultsSchema>;

export const NoResultsSchema = Type.Object({ version: Type.Null(), message: Type.String() });

const PositionSchema = Type.Object({ x: Type.Number(), y: Type.Number() });

export const ViewerResultsSchema = Type.Union([
  Type.Object({ status: Type.Literal('no_results') }),
  Type.Object({ status: Type.Literal('more_votes_needed'), counted: Type.Integer(), needed: Type.Integer() }),
  Type.Object({ status: Type.Literal('no_groups'), counted: Type.Integer(), needed: Type.Integer(), position: PositionSchema }),
  Type.Object({
    status: Type.Literal('placed'),
    counted: Type.Integer({ description: 'My votes on statements in the math' }),
    needed: Type.Integer(),
    position: PositionSchema,
    groupId: Type.Integer({ description: 'The group I am closest to' }),
    member: Type.Boolean({ description: 'Whether the math placed me in it (false: nearest group centre to my current votes)' }),
    sharedVotes: Type.Array(
      Type.Object({
        statementId: Type.String(),
        direction: Type.Union([Type.Literal('agree'), Type.Literal('disagree')]),
        groupShare: Type.Number({ description: 'Share of the group voting this way' }),
        representative: Type.Boolean({ description: 'One of the group\'s representative statements' }),
      }),
    ),
  }),
]);
export type ViewerResultsBody = Static<typeof ViewerResultsSchema>;
