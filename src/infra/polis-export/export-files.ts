import type { ConversationExport } from '../../app/export/conversation-export.js';
import { commentGroupsCsv } from './comment-groups-csv.js';
import { commentsCsv } from './comments-csv.js';
import { mathJson } from './math-json.js';
import { participantVotesCsv } from './participant-votes-csv.js';
import { summaryCsv } from './summary-csv.js';
import { votesCsv } from './votes-csv.js';

export interface ExportFile {
  name: string;
  contentType: string;
  /** The file's text, produced piece by piece as it is read. */
  chunks(): AsyncIterable<string>;
}

export interface ExportOptions {
  /** The conversation's public address, for summary.csv; null when not known (the command line). */
  url: string | null;
}

export const EXPORT_FILE_NAMES = ['summary.csv', 'comments.csv', 'votes.csv', 'participant-votes.csv', 'comment-groups.csv', 'math.json'] as const;
export type ExportFileName = (typeof EXPORT_FILE_NAMES)[number];

export const isExportFileName = (name: string): name is ExportFileName => (EXPORT_FILE_NAMES as readonly string[]).includes(name);

const CSV = 'text/csv; charset=utf-8';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** One file of the export; null for math.json before the math has run. */
export function exportFile(exp: ConversationExport, name: ExportFileName, options: ExportOptions): ExportFile | null {
  switch (name) {
    case 'summary.csv':
      return { name, contentType: CSV, chunks: () => once(summaryCsv(exp, options)) };
    case 'comments.csv':
      return { name, contentType: CSV, chunks: () => commentsCsv(exp) };
    case 'votes.csv':
      return { name, contentType: CSV, chunks: () => votesCsv(exp) };
    case 'participant-votes.csv':
      return { name, contentType: CSV, chunks: () => participantVotesCsv(exp) };
    case 'comment-groups.csv':
      return { name, contentType: CSV, chunks: () => commentGroupsCsv(exp) };
    case 'math.json': {
      const json = mathJson(exp);
      return json === null ? null : { name, contentType: 'application/json; charset=utf-8', chunks: () => once(json) };
    }
  }
}

/**
 * Every file of the export. participant-votes.csv comes before the files that need statement
 * tallies, so that its pass over the vote matrix also gives them theirs.
 */
export function exportFiles(exp: ConversationExport, options: ExportOptions): ExportFile[] {
  const order: ExportFileName[] = ['summary.csv', 'participant-votes.csv', 'comments.csv', 'comment-groups.csv', 'votes.csv', 'math.json'];
  return order.map((name) => exportFile(exp, name, options)).filter((f): f is ExportFile => f !== null);
}
