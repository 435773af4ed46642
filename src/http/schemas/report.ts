import { Type, type Static } from 'typebox';
import { InstantSchema, LangSchema } from './common.js';
import { ConversationSchema } from './conversation.js';
import { TallySchema } from './statement.js';

const Count = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const Share = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });
const Labels = Type.Record(Type.String(), Type.String(), { description: 'Text per language code' });

const GroupStatementSchema = Type.Object({
  statementId: Type.String(),
  direction: Type.Union([Type.Literal('agree'), Type.Literal('disagree')], { description: 'How the group differs from the others' }),
  pa: Share('Smoothed share agreeing inside the group, (na+1)/(ns+2)'),
  pd: Share('Smoothed share disagreeing inside the group, (nd+1)/(ns+2)'),
  rat: Type.Number({ description: 'z of agreeing more than the rest' }),
  rdt: Type.Number({ description: 'z of disagreeing more than the rest' }),
  inside: TallySchema,
  outside: TallySchema,
});

const ConsensusEntrySchema = Type.Object({
  statementId: Type.String(),
  p: Share('Smoothed share of all voters agreeing (or disagreeing)'),
  votes: Count(),
});

export const ReportSchema = Type.Object({
  conversation: ConversationSchema,
  generatedAt: InstantSchema,
  snapshot: Type.Union([
    Type.Object({
      version: Type.Integer({ description: 'Math snapshot version' }),
      computedAt: InstantSchema,
      inConv: Count('Participants who voted enough to be placed in a group'),
      placeMinVotes: Count('Votes needed to be placed in a group'),
      divisiveMinVotesPerGroup: Count('Votes every group needs on a statement before it can count as divisive'),
    }),
    Type.Null(),
  ]),
  headline: Type.Object({
    participants: Count('Participants who joined: voted, wrote or answered the segment question'),
    voters: Count('Participants with at least one vote'),
    votes: Count('Latest votes (one per participant and statement)'),
    voteEvents: Count('Every vote cast, changed votes included'),
    statements: Type.Object({
      total: Count(),
      seed: Count('Written by the organizers'),
      submitted: Count('Written by participants'),
      published: Count(),
      rejected: Count(),
      pending: Count(),
      withdrawn: Count(),
      rejectedByReason: Type.Object({
        names_person: Count(), offensive: Count(), off_topic: Count(), false_claim: Count(), duplicate: Count(), other: Count(),
      }),
    }),
  }),
  participation: Type.Array(
    Type.Object({
      day: Type.String({ description: 'Helsinki calendar date, YYYY-MM-DD' }),
      votes: Count('Votes cast that day'),
      newVoters: Count('Participants who voted for the first time that day'),
      statements: Count('Statements written by participants that day'),
    }),
    { description: 'Every Helsinki day from the first active one to the last' },
  ),
  groups: Type.Array(Type.Object({ id: Type.Integer(), size: Count(), repness: Type.Array(GroupStatementSchema) })),
  consensus: Type.Object({ agree: Type.Array(ConsensusEntrySchema), disagree: Type.Array(ConsensusEntrySchema) }),
  divisive: Type.Object({
    method: Type.String({ description: 'How "divisive" is measured' }),
    statements: Type.Array(
      Type.Object({
        statementId: Type.String(),
        variance: Type.Number({ description: 'Variance over groups of the smoothed agree share' }),
        agreeByGroup: Type.Array(Type.Number()),
        byGroup: Type.Array(TallySchema),
      }),
    ),
  }),
  uncertainty: Type.Object({
    definition: Type.Object({
      minPassShare: Share('"Many passes": at least this share of a statement\'s votes are passes'),
      minVotesForPassShare: Count('…once it has at least this many votes'),
      fewVotesBelow: Count('"Few votes": fewer votes than this'),
    }),
    statements: Type.Array(
      Type.Object({
        statementId: Type.String(),
        reason: Type.Union([Type.Literal('many_passes'), Type.Literal('few_votes')]),
        votes: Count(),
        passShare: Share('Passes among the votes'),
      }),
    ),
  }),
  statements: Type.Array(
    Type.Object({
      id: Type.String(),
      lang: LangSchema,
      text: Type.String(),
      translations: Type.Record(Type.String(), Type.String()),
      isSeed: Type.Boolean(),
      isMeta: Type.Boolean(),
      createdAt: InstantSchema,
      tally: TallySchema,
      agreeShare: Share('Agree among all votes'),
      disagreeShare: Share('Disagree among all votes'),
      passShare: Share('Pass among all votes'),
      byGroup: Type.Array(TallySchema, { description: 'In the order of `groups`' }),
      bySegment: Type.Array(TallySchema, { description: 'In the order of `segments.answers`' }),
      groupInformedConsensus: Type.Union([Type.Number(), Type.Null()], { description: 'Geometric mean over groups of (na+1)/(ns+2)' }),
    }),
    { description: 'Every published statement' },
  ),
  segments: Type.Union([
    Type.Object({
      question: Type.Union([Labels, Type.Null()]),
      answers: Type.Array(
        Type.Object({
          id: Type.Union([Type.String(), Type.Null()], { description: 'null: no answer' }),
          label: Type.Union([Labels, Type.Null()]),
          participants: Count(),
          tally: TallySchema,
        }),
      ),
    }),
    Type.Null(),
  ]),
  serviceLevel: Type.Object({
    targetHours: Count('Target: a decision within this many weekday hours (Finnish public holidays excluded)'),
    decided: Count('Participants\' statements published or rejected'),
    withinTargetShare: Type.Union([Share('Share decided within the target'), Type.Null()]),
    medianHoursToDecision: Type.Union([Type.Number({ description: 'Median weekday hours to a decision' }), Type.Null()]),
    pending: Count(),
    overdue: Count('Pending past the target'),
  }),
});
export type ReportBody = Static<typeof ReportSchema>;
