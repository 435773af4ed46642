/** The opinion groups of a stored math result, read defensively: snapshots are plain JSON. */
export interface SnapshotGroups {
  /** Group ids in ascending order. */
  ids: number[];
  /** Each grouped participant's position in `ids`. */
  indexOf: Map<string, number>;
  /** How many participants the math counted as in the conversation. */
  inConv: number;
}

export function snapshotGroups(result: unknown): SnapshotGroups {
  const r = (result ?? {}) as { groups?: unknown; inConv?: unknown };
  const groups = Array.isArray(r.groups)
    ? r.groups.filter((g): g is { id: number; members: unknown[] } => typeof g?.id === 'number' && Array.isArray(g.members))
    : [];
  groups.sort((a, b) => a.id - b.id);
  const indexOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const m of g.members) if (typeof m === 'string') indexOf.set(m, i);
  });
  return { ids: groups.map((g) => g.id), indexOf, inConv: Array.isArray(r.inConv) ? r.inConv.length : 0 };
}
