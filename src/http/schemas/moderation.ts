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
    status: Type.String(),
    rejectionReason: Type.Union([ReasonSchema, Type.Null()]),
    rejectionNote: Type.Union([Type.String(), Type.Null()]),
    duplicateOf: Type.Union([Type.String(), Type.Null()]),
  }),
]);

export const QueueSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      statement: StaffStatementSchema,
      ageWorkingHours: Type.Number(),
      dueAt: InstantSchema,
      overdue: Type.Boolean(),
      authorLang: LangSchema,
      nearest: Type.Array(SimilarSchema),
      likelyDuplicate: Type.Boolean(),
    }),
  ),
});

export const DecisionBodySchema = Type.Object({
  statementIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 100 }),
  action: Type.Union([Type.Literal('publish'), Type.Literal('reject')]),
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

export const AuditSchema = Type.Object({
  entries: Type.Array(
    Type.Object({
      at: InstantSchema,
      actorUserId: Type.Union([Type.String(), Type.Null()]),
      action: Type.String(),
      statementId: Type.Union([Type.String(), Type.Null()]),
      oldText: Type.Union([Type.String(), Type.Null()]),
      newText: Type.Union([Type.String(), Type.Null()]),
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});
