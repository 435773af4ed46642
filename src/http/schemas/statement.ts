import { Type, type Static } from 'typebox';
import { InstantSchema, LangSchema } from './common.js';

export const TallySchema = Type.Object({ agree: Type.Integer(), disagree: Type.Integer(), pass: Type.Integer() });

export const StatementSchema = Type.Object({
  id: Type.String(),
  lang: LangSchema,
  text: Type.String({ description: 'The original text, in `lang`' }),
  translations: Type.Record(Type.String(), Type.String(), { description: 'Reviewed translations per language code' }),
  isSeed: Type.Boolean(),
  createdAt: InstantSchema,
});
export type StatementBody = Static<typeof StatementSchema>;

export const TalliedStatementSchema = Type.Intersect([StatementSchema, Type.Object({ tally: TallySchema })]);

export const StatementListSchema = Type.Object({ statements: Type.Array(TalliedStatementSchema) });

export const NewStatementSchema = Type.Object({
  text: Type.String({ maxLength: 5000, description: 'The statement; the conversation sets the length limit' }),
  lang: LangSchema,
});
export type NewStatementBody = Static<typeof NewStatementSchema>;

export const SubmittedStatementSchema = Type.Object({
  statement: Type.Intersect([
    StatementSchema,
    Type.Object({
      status: Type.Union([Type.Literal('pending'), Type.Literal('published')], {
        description: 'pending until a moderator publishes it; published at once under post-moderation',
      }),
    }),
  ]),
});

export const NextStatementSchema = Type.Object({
  statement: StatementSchema,
  progress: Type.Object({ voted: Type.Integer(), total: Type.Integer() }),
});
export type NextStatementBody = Static<typeof NextStatementSchema>;
