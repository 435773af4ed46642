import { Type } from 'typebox';
import { InstantSchema, LangSchema } from './common.js';
import { ConversationSchema, SegmentQuestionSchema } from './conversation.js';
import { StaffStatementSchema } from './moderation.js';

const RoleSchema = Type.Union([Type.Literal('organizer'), Type.Literal('moderator')]);

export const StaffConversationListSchema = Type.Object({
  conversations: Type.Array(
    Type.Object({
      conversation: ConversationSchema,
      role: RoleSchema,
      queue: Type.Object({ pending: Type.Integer(), overdue: Type.Integer() }),
    }),
  ),
});

const TextsInputSchema = Type.Object({
  title: Type.Optional(Type.String({ maxLength: 1000 })),
  question: Type.Optional(Type.String({ maxLength: 2000 })),
  description: Type.Optional(Type.String({ maxLength: 20000 })),
  rules: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 20 })),
  contact: Type.Optional(Type.String({ maxLength: 2000 })),
});

const TextsByLangSchema = Type.Object({
  fi: Type.Optional(TextsInputSchema),
  sv: Type.Optional(TextsInputSchema),
  en: Type.Optional(TextsInputSchema),
});

const InstantOrNull = Type.Union([InstantSchema, Type.Null()]);

const ScheduleInputSchema = Type.Object({
  opensAt: InstantOrNull,
  statementsCloseAt: InstantOrNull,
  closesAt: InstantOrNull,
});

const SettingsInputSchema = Type.Object({
  moderation: Type.Optional(Type.Union([Type.Literal('pre'), Type.Literal('post')])),
  statementMaxLength: Type.Optional(Type.Integer()),
  participantsMayWrite: Type.Optional(Type.Boolean()),
  resultsVisibility: Type.Optional(Type.Union([Type.Literal('during'), Type.Literal('after'), Type.Literal('staff_only')])),
  segmentQuestion: Type.Optional(Type.Union([SegmentQuestionSchema, Type.Null()])),
  accentColor: Type.Optional(Type.Union([Type.String({ maxLength: 7 }), Type.Null()])),
});

const LanguagesSchema = Type.Array(LangSchema, { minItems: 1, maxItems: 3 });

export const NewConversationSchema = Type.Object({
  slug: Type.String({ maxLength: 64, description: 'The public address: lower-case letters, digits and dashes' }),
  languages: LanguagesSchema,
  texts: TextsByLangSchema,
  schedule: Type.Optional(ScheduleInputSchema),
  settings: Type.Optional(SettingsInputSchema),
});

export const ConversationPatchSchema = Type.Object({
  languages: Type.Optional(LanguagesSchema),
  texts: Type.Optional(TextsByLangSchema),
  schedule: Type.Optional(ScheduleInputSchema),
  settings: Type.Optional(SettingsInputSchema),
  closed: Type.Optional(Type.Boolean({ description: 'true closes now; false re-opens a conversation closed by hand' })),
});

export const SeedStatementsBodySchema = Type.Object({
  statements: Type.Array(
    Type.Object({
      lang: LangSchema,
      text: Type.String({ maxLength: 5000 }),
      translations: Type.Optional(
        Type.Object({
          fi: Type.Optional(Type.String({ maxLength: 10000 })),
          sv: Type.Optional(Type.String({ maxLength: 10000 })),
          en: Type.Optional(Type.String({ maxLength: 10000 })),
        }),
      ),
    }),
    { minItems: 1, maxItems: 500 },
  ),
});

export const SeedStatementsResultSchema = Type.Object({ statements: Type.Array(StaffStatementSchema) });

const ShareOrNull = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]);
const HoursOrNull = Type.Union([Type.Number(), Type.Null()]);

export const ModerationStatsSchema = Type.Object({
  pending: Type.Integer(),
  overdue: Type.Integer(),
  decided: Type.Integer(),
  withinTargetShare: ShareOrNull,
  medianHoursToDecision: HoursOrNull,
  perModerator: Type.Array(
    Type.Object({
      userId: Type.String(),
      displayName: Type.Union([Type.String(), Type.Null()]),
      decided: Type.Integer(),
      withinTargetShare: ShareOrNull,
      medianHoursToDecision: HoursOrNull,
    }),
  ),
});

const ByReasonSchema = Type.Object({
  names_person: Type.Integer(),
  offensive: Type.Integer(),
  off_topic: Type.Integer(),
  false_claim: Type.Integer(),
  duplicate: Type.Integer(),
  other: Type.Integer(),
});

export const DashboardSchema = Type.Object({
  participants: Type.Integer(),
  voters: Type.Integer(),
  votes: Type.Integer({ description: 'Latest votes: one per participant and statement' }),
  statements: Type.Object({
    submitted: Type.Integer({ description: 'Every statement, seed statements included' }),
    published: Type.Integer(),
    pending: Type.Integer(),
    rejected: Type.Integer(),
    withdrawn: Type.Integer(),
    rejectedByReason: ByReasonSchema,
  }),
  votesOverTime: Type.Array(
    Type.Object({
      day: Type.String({ description: 'Helsinki date, YYYY-MM-DD' }),
      votes: Type.Integer({ description: 'Votes cast that day, changed votes included' }),
      participants: Type.Integer({ description: 'Participants who cast their first vote that day' }),
      statements: Type.Integer({ description: "Participants' statements submitted that day" }),
    }),
  ),
  math: Type.Union([
    Type.Object({
      version: Type.Integer(),
      computedAt: InstantSchema,
      participants: Type.Integer(),
      groups: Type.Integer(),
      votes: Type.Integer(),
    }),
    Type.Null(),
  ]),
  moderation: ModerationStatsSchema,
});
