/** Something ranked by score, with an id to break ties. */
export interface Ranked {
  readonly id: string;
  readonly score: number;
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The `limit` best, best first; ties by id so that results are deterministic. */
export function topStatements<T extends Ranked>(candidates: T[], limit: number): T[] {
  if (candidates.length <= limit * 4) return candidates.sort(byScore).slice(0, limit);
  const top: T[] = [];
  for (const c of candidates) {
    if (top.length === limit && byScore(c, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byScore(c, top[at - 1]!) < 0) at--;
    top.splice(at, 0, c);
    if (top.length > limit) top.pop();
  }
  return top;
}
