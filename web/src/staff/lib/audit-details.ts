// An audit entry's details as lines for people. A settings change is logged as
// { field: { old, new } }; it is shown as the leaves that changed, e.g. "settings.accentColor".

export interface DetailLine {
  key: string;
  /** For a change: the value before and after; otherwise the value. */
  old?: string;
  value: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function shortValue(value: unknown, max = 160): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(', ') : JSON.stringify(value);
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

function changedLeaves(path: string, before: unknown, after: unknown, depth: number, out: DetailLine[]) {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (depth > 0 && (isRecord(before) || isRecord(after))) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) changedLeaves(`${path}.${key}`, b[key], a[key], depth - 1, out);
    return;
  }
  out.push({ key: path, old: shortValue(before), value: shortValue(after) });
}

export function detailLines(details: Record<string, unknown>): DetailLine[] {
  const out: DetailLine[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (isRecord(value) && 'old' in value && 'new' in value && Object.keys(value).length === 2) changedLeaves(key, value.old, value.new, 2, out);
    else out.push({ key, value: shortValue(value) });
  }
  return out;
}
