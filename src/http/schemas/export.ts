import { Type } from 'typebox';
import { LangSchema } from './common.js';
import { ConversationSchema } from './conversation.js';

export const ExportFileParams = Type.Object({
  id: Type.String({ maxLength: 64, description: 'Conversation slug' }),
  file: Type.String({
    maxLength: 64,
    description: 'summary.csv, comments.csv, votes.csv, participant-votes.csv, comment-groups.csv or math.json',
  }),
});

/** Streamed bodies: documented as binary, sent as they are produced. */
export const ExportZipResponse = Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'The polis-export/1 zip: every CSV file and math.json (application/zip)' });
export const ExportFileResponse = Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'One file of the export (text/csv, or application/json for math.json)' });

export const ImportQuery = Type.Object({
  lang: Type.Optional(LangSchema),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "Default: summary.csv's topic, else the slug" })),
  strict: Type.Optional(
    Type.Union([Type.Literal('true'), Type.Literal('false')], { description: 'true: unmoderated statements stay pending (Pol.is strict moderation)' }),
  ),
});

export const ImportResultSchema = Type.Object({
  conversation: ConversationSchema,
  statements: Type.Integer(),
  participants: Type.Integer(),
  votes: Type.Integer({ description: 'Vote events imported' }),
});
