import { Type, type Static } from 'typebox';

export const LangSchema = Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')], {
  description: 'Language code',
});

/** Instants are ISO 8601 strings in UTC; clients show them in Europe/Helsinki time. */
export const InstantSchema = Type.String({ format: 'date-time', description: 'UTC time, ISO 8601' });

export const ErrorSchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'Stable machine-readable code, translated by clients' }),
        message: Type.String({ description: 'Explanation in English for developers' }),
        statementId: Type.Optional(Type.String({ description: 'The statement a duplicate repeats' })),
        maxLength: Type.Optional(Type.Integer()),
        length: Type.Optional(Type.Integer()),
      },
      { additionalProperties: true },
    ),
  },
  { $id: 'Error', description: 'The one error shape of the API' },
);
export type ErrorBody = Static<typeof ErrorSchema>;

export const SlugParams = Type.Object({ id: Type.String({ maxLength: 64, description: 'Conversation slug' }) });

export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, Type.Ref('Error')])) as Record<number, ReturnType<typeof Type.Ref>>;
