import type { ConversationExport } from '../../app/export/conversation-export.js';
import { csvRow, datetime, type CsvValue } from './csv.js';

export const POLIS_EXPORT_FORMAT = 'polis-export/1';

/**
 * `summary.csv`: key,value rows, exactly Pol.is's keys first and in its order (topic, url, views,
 * voters, voters-in-conv, commenters, comments, groups, conversation-description), then Sopu's.
 * Texts are in the conversation's first language, and per language under `topic-fi` and so on.
 */
export function summaryCsv(exp: ConversationExport, options: { url: string | null }): string {
  const c = exp.conversation;
  const main = c.texts[c.languages[0]!];
  const commenters = new Set(exp.statements.map((s) => s.authorNumber).filter((n) => n !== null)).size;
  const rows: [string, CsvValue][] = [
    ['topic', main?.title ?? ''],
    ['url', options.url ?? ''],
    // Sopu records no page views; the closest count is its participants: voters, and authors who never voted.
    ['views', exp.participantCount],
    ['voters', exp.voterCount],
    ['voters-in-conv', exp.votersInConv],
    ['commenters', commenters],
    ['comments', exp.statements.length],
    ['groups', exp.groupIds.length],
    ['conversation-description', main?.description ?? ''],
    ['format', POLIS_EXPORT_FORMAT],
    ['conversation-id', c.slug],
    ['languages', c.languages.join(' ')],
    ['question', main?.question ?? ''],
    ['opens-at', c.schedule.opensAt === null ? '' : datetime(c.schedule.opensAt)],
    ['closes-at', c.schedule.closesAt === null ? '' : datetime(c.schedule.closesAt)],
    ['math-version', exp.snapshot?.version ?? ''],
    ['exported-at', datetime(exp.exportedAt)],
  ];
  for (const lang of c.languages) {
    const t = c.texts[lang];
    rows.push([`topic-${lang}`, t?.title ?? ''], [`question-${lang}`, t?.question ?? ''], [`description-${lang}`, t?.description ?? '']);
  }
  return rows.map((r) => csvRow(r)).join('');
}
