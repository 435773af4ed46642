import { Type } from 'typebox';
import { InstantSchema, LangSchema } from './common.js';
import { StatementSchema } from './statement.js';
import { SimilarSchema } from './similarity.js';

export const ReasonSchema = Type.Union(
  [
    Type.Literal('names_person'),
    Type.Literal('offensive'),
    Type.Literal('off_topic'),
    Type.Literal('false_claim'),
    Type.Literal('duplicate'),
    Type.Literal('other'),
  ],
  { description: 'The public rule the statement breaks' },
);

export const StaffStatementSchema = Type.Intersect([
  StatementSchema,
  Type.Object({
    status: Type.Union([Type.Literal('pending'), Type.Literal('published'), Type.Literal('rejected'), Type.Literal('withdrawn')]),
    rejectionReason: Type.Union([ReasonSchema, Type.Null()]),
    rejectionNote: Type.Union([Type.String(), Type.Null()]),
    duplicateOf: Type.Union([Type.String(), Type.Null()]),
    decidedAt: Type.Union([InstantSchema, Type.Null()]),
    authorParticipantId: Type.Union([Type.String(), Type.Null()], { description: 'The writer, for a ban; null for seed statements' }),
    decidedBy: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'In lists of decided statements: who decided' })),
    decidedByName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  }),
]);

const LocalisedSchema = Type.Object({ fi: Type.String(), sv: Type.String(), en: Type.String() });

export const FlagSchema = Type.Object({
  rule: Type.Union([Type.Literal('names_person'), Type.Literal('offensive'), Type.Literal('off_topic'), Type.Literal('duplicate')]),
  kind: Type.String({ description: 'What was found: personal_identity_code, email, phone, street_address, handle, personal_name, title_with_name, insult, profanity, group_slur, shouting, off_topic, duplicate' }),
  reason: LocalisedSchema,
  span: Type.Union([Type.Object({ start: Type.Integer(), end: Type.Integer() }), Type.Null()], {
    description: 'UTF-16 offsets of the text that triggered the flag, end exclusive',
  }),
  statementId: Type.Optional(Type.String()),
  score: Type.Optional(Type.Number()),
});

export const QueueQuerySchema = Type.Object({
  sort: Type.Optional(Type.Union([Type.Literal('oldest'), Type.Literal('flagged')], { description: 'flagged: statements with flags first' })),
});

export const QueueSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      statement: StaffStatementSchema,
      authorParticipantId: Type.Union([Type.String(), Type.Null()]),
      ageWorkingHours: Type.Number(),
      dueAt: InstantSchema,
      overdue: Type.Boolean(),
      authorLang: LangSchema,
      nearest: Type.Array(
        Type.Object({ ...SimilarSchema.properties, status: Type.Union([Type.Literal('published'), Type.Literal('pending')]) }),
      ),
      likelyDuplicate: Type.Boolean(),
      flags: Type.Array(FlagSchema),
    }),
  ),
});

export const DecisionBodySchema = Type.Object({
  statementIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 100 }),
  action: Type.Union([Type.Literal('publish'), Type.Literal('reject'), Type.Literal('withdraw'), Type.Literal('undo')], {
    description: 'withdraw: take down a published statement (needs a reason); undo: back to the queue',
  }),
  reason: Type.Optional(ReasonSchema),
  duplicateOf: Type.Optional(Type.String({ maxLength: 64 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  text: Type.Optional(Type.String({ maxLength: 5000, description: 'Corrected wording, when publishing one statement' })),
});

export const DecisionResultSchema = Type.Object({ statements: Type.Array(StaffStatementSchema) });

export const TranslationBodySchema = Type.Object({ text: Type.String({ maxLength: 5000 }) });

export const TranslationParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  sid: Type.String({ maxLength: 64 }),
  lang: LangSchema,
});

export const AuditQuerySchema = Type.Object({
  limit: Type.Optional(Type.String({ pattern: '^([1-9][0-9]?|[1-4][0-9]{2}|500)$', description: 'At most this many entries, 1–500 (default 100)' })),
  before: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,14}$', description: 'Entries older than this one: the nextBefore of the previous page' })),
});

export const AuditSchema = Type.Object({
  entries: Type.Array(
    Type.Object({
      id: Type.Integer({ description: 'Orders the log: a later entry has a larger id' }),
      at: InstantSchema,
      actorUserId: Type.Union([Type.String(), Type.Null()]),
      actorName: Type.Union([Type.String(), Type.Null()]),
      action: Type.String(),
      statementId: Type.Union([Type.String(), Type.Null()]),
      statementText: Type.Union([Type.String(), Type.Null()], { description: 'The statement as it reads now, or null' }),
      oldText: Type.Union([Type.String(), Type.Null()]),
      newText: Type.Union([Type.String(), Type.Null()]),
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
    { description: 'Newest first' },
  ),
  nextBefore: Type.Union([Type.Integer(), Type.Null()], { description: 'The before of the next, older page; null when nothing older is left' }),
});

export const DecidedQuerySchema = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('published'), Type.Literal('rejected'), Type.Literal('withdrawn')], { description: 'All three when left out' })),
});

export const BanParams = Type.Object({ id: Type.String({ maxLength: 64 }), pid: Type.String({ maxLength: 64 }) });

export const BanBodySchema = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) });
