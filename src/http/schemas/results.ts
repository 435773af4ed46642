import { Type } from 'typebox';
import { InstantSchema } from './common.js';

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
});

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
  divisive: Type.Array(Type.Object({ statementId: Type.String(), variance: Type.Number(), agreeByGroup: Type.Array(Type.Number()) })),
  tallies: Type.Array(
    Type.Object({ statementId: Type.String(), included: Type.Boolean(), agree: Type.Integer(), disagree: Type.Integer(), pass: Type.Integer() }),
  ),
});

export const NoResultsSchema = Type.Object({ version: Type.Null(), message: Type.String() });
