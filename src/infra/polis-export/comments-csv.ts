import type { ConversationExport, ExportStatement } from '../../app/export/conversation-export.js';
import { LANGS } from '../../domain/languages.js';
import { csvRow, datetime } from './csv.js';

/** Pol.is's own columns, exactly; Sopu's follow them. */
export const COMMENTS_POLIS_HEADER = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'];
export const COMMENTS_HEADER = [
  ...COMMENTS_POLIS_HEADER,
  'passes',
  'original-language',
  ...LANGS.map((l) => `translation-${l}`),
  'is-seed',
  'is-meta',
  'status',
  'rejection-reason',
  'duplicate-of',
  'rejection-note',
  'moderated-at',
  'sopu-statement-id',
];

/** Pol.is's `moderated`: 1 accepted, −1 rejected (taken down included), 0 waiting. */
export function moderated(status: ExportStatement['status']): 1 | 0 | -1 {
  return status === 'published' ? 1 : status === 'pending' ? 0 : -1;
}

/** `comments.csv`: one row per statement in comment-id order, with its tallies of latest votes. */
export async function* commentsCsv(exp: ConversationExport): AsyncGenerator<string> {
  const { all } = await exp.tallies();
  let out = csvRow(COMMENTS_HEADER);
  for (const s of exp.statements) {
    const t = all[s.number]!;
    out += csvRow([
      s.createdAt, datetime(s.createdAt), s.number, s.authorNumber, t.agree, t.disagree, moderated(s.status), s.text,
      t.pass, s.lang, ...LANGS.map((l) => s.translations[l] ?? ''), s.isSeed, s.isMeta, s.status, s.rejectionReason,
      s.duplicateOfNumber, s.rejectionNote, s.decidedAt === null ? '' : datetime(s.decidedAt), s.id,
    ]);
  }
  yield out;
}
