import type { ConversationExport } from '../../app/export/conversation-export.js';
import { csvRow } from './csv.js';

export const PARTICIPANT_VOTES_FIXED = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree'];

/**
 * `participant-votes.csv`: each participant's latest vote on every statement (one column per
 * comment id, empty where they did not vote) and their opinion group, written a batch of rows at a
 * time.
 */
export async function* participantVotesCsv(exp: ConversationExport): AsyncGenerator<string> {
  yield csvRow([...PARTICIPANT_VOTES_FIXED, ...exp.statements.map((s) => s.number)]);
  const cells = new Array<string>(exp.statements.length);
  for await (const rows of exp.participantRows()) {
    let out = '';
    for (const row of rows) {
      cells.fill('');
      let agree = 0, disagree = 0;
      for (const [statement, value] of row.votes) {
        cells[statement] = String(value);
        if (value === 1) agree++;
        else if (value === -1) disagree++;
      }
      const fixed = [row.participant, row.group ?? '', row.authored, row.votes.size, agree, disagree];
      out += `${fixed.join(',')}${cells.length ? ',' : ''}${cells.join(',')}\r\n`;
    }
    yield out;
  }
}
