import type { ConversationExport } from '../../app/export/conversation-export.js';
import { csvRow, datetime } from './csv.js';

export const VOTES_HEADER = ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'];

/** `votes.csv`: every vote event in the order it was cast; agree = 1, disagree = −1, pass = 0. */
export async function* votesCsv(exp: ConversationExport): AsyncGenerator<string> {
  yield csvRow(VOTES_HEADER);
  for await (const page of exp.votePages()) {
    let out = '';
    for (const v of page) out += `${v.createdAt},${datetime(v.createdAt)},${v.statement},${v.participant},${v.value}\r\n`;
    yield out;
  }
}
