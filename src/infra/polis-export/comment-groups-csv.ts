import type { ConversationExport } from '../../app/export/conversation-export.js';
import type { Tally } from '../../domain/vote/vote.js';
import { csvRow } from './csv.js';

export const COMMENT_GROUPS_FIXED = ['comment-id', 'comment', 'total-votes', 'total-agrees', 'total-disagrees', 'total-passes'];

/** Pol.is names groups by letter: group 0 is `a`. */
export const groupLetter = (id: number) => String.fromCharCode(97 + id);

const votes = (t: Tally) => t.agree + t.disagree + t.pass;

/**
 * `comment-groups.csv`: per statement and opinion group of the latest math result, the latest
 * votes of the group's members. As in Pol.is, the totals add up the groups, so they leave out
 * participants in no group.
 */
export async function* commentGroupsCsv(exp: ConversationExport): AsyncGenerator<string> {
  const { byGroup } = await exp.tallies();
  const header = [...COMMENT_GROUPS_FIXED];
  for (const id of exp.groupIds) {
    const g = `group-${groupLetter(id)}`;
    header.push(`${g}-votes`, `${g}-agrees`, `${g}-disagrees`, `${g}-passes`);
  }
  let out = csvRow(header);
  for (const s of exp.statements) {
    const groups = byGroup.map((tallies) => tallies[s.number]!);
    const total = groups.reduce((sum, t) => ({ agree: sum.agree + t.agree, disagree: sum.disagree + t.disagree, pass: sum.pass + t.pass }), { agree: 0, disagree: 0, pass: 0 });
    out += csvRow([
      s.number, s.text, votes(total), total.agree, total.disagree, total.pass,
      ...groups.flatMap((t) => [votes(t), t.agree, t.disagree, t.pass]),
    ]);
  }
  yield out;
}
