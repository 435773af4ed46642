import { Type } from 'typebox';
import { LangSchema } from './common.js';

export const SimilarSchema = Type.Object({
  statementId: Type.String(),
  text: Type.String({ description: 'The statement\'s text (original or translation) that matched best' }),
  lang: LangSchema,
  score: Type.Number({ description: '0…1' }),
});

export const SimilarQuerySchema = Type.Object({
  text: Type.String({ maxLength: 1000 }),
  lang: LangSchema,
  limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,2}$', description: 'At most this many, 1–20 (default 5)' })),
});

export const SimilarListSchema = Type.Array(SimilarSchema);
