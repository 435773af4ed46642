import { Type, type Static } from 'typebox';
import { InstantSchema, LangSchema } from './common.js';

export const PhaseSchema = Type.Union(
  [Type.Literal('draft'), Type.Literal('open'), Type.Literal('voting_only'), Type.Literal('closed')],
  { description: 'draft: not open yet; open: vote and write; voting_only: statements closed; closed: read-only' },
);

export const ConversationTextsSchema = Type.Object({
  title: Type.String(),
  question: Type.String(),
  description: Type.String(),
  rules: Type.Array(Type.String()),
  contact: Type.String(),
});

export const ScheduleSchema = Type.Object({
  opensAt: Type.Union([InstantSchema, Type.Null()]),
  statementsCloseAt: Type.Union([InstantSchema, Type.Null()]),
  closesAt: Type.Union([InstantSchema, Type.Null()]),
});

export const SegmentQuestionSchema = Type.Object({
  question: Type.Record(Type.String(), Type.String()),
  options: Type.Array(Type.Object({ id: Type.String(), label: Type.Record(Type.String(), Type.String()) })),
});

export const ParticipantSettingsSchema = Type.Object({
  moderation: Type.Union([Type.Literal('pre'), Type.Literal('post')]),
  statementMaxLength: Type.Integer(),
  participantsMayWrite: Type.Boolean(),
  resultsVisibility: Type.Union([Type.Literal('during'), Type.Literal('after'), Type.Literal('staff_only')]),
  segmentQuestion: Type.Union([SegmentQuestionSchema, Type.Null()]),
  accentColor: Type.Union([Type.String(), Type.Null()]),
});

export const ConversationSchema = Type.Object({
  id: Type.String({ description: 'The slug: the public id' }),
  languages: Type.Array(LangSchema),
  texts: Type.Record(Type.String(), ConversationTextsSchema, { description: 'Texts per language code' }),
  schedule: ScheduleSchema,
  phase: PhaseSchema,
  settings: ParticipantSettingsSchema,
  logoUrl: Type.Union([Type.String(), Type.Null()], { description: 'Where the logo is served, or null without one' }),
});
export type ConversationBody = Static<typeof ConversationSchema>;

export const ConversationListSchema = Type.Object({ conversations: Type.Array(ConversationSchema) });
export type ConversationListBody = Static<typeof ConversationListSchema>;
