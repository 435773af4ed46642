/**
 * Where focus goes after some statements leave a list: the first one left after them, else the
 * last one left before them, else nowhere (null: the list is empty).
 */
export function focusAfterRemoval(ids: readonly string[], removed: readonly string[]): string | null {
  const gone = new Set(removed);
  const first = ids.findIndex((id) => gone.has(id));
  const after = first < 0 ? undefined : ids.slice(first).find((id) => !gone.has(id));
  if (after !== undefined) return after;
  const left = ids.filter((id) => !gone.has(id));
  return left.at(-1) ?? null;
}

/** A short piece of a statement for a message: whole words, at most about `max` characters. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // One character more: a space right after the limit means the last word fits whole.
  const space = clean.slice(0, max + 1).lastIndexOf(' ');
  const cut = clean.slice(0, max);
  return `${(space > max / 2 ? clean.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}
