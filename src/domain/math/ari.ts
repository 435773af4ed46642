/**
 * Adjusted Rand index between two labellings of the same items: 1 for identical partitions (up to
 * renaming), about 0 for unrelated ones. Used to compare our groups with another tool's.
 */
function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length) throw new RangeError('labellings must have the same length');
  const n = a.length;
  if (n < 2) return 1;
  const joint = new Map<string, number>(), ca = new Map<string | number, number>(), cb = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    ca.set(a[i]!, (ca.get(a[i]!) ?? 0) + 1);
    cb.set(b[i]!, (cb.get(b[i]!) ?? 0) + 1);
  }
  let index = 0, sa = 0, sb = 0;
  for (const v of joint.values()) index += pairs(v);
  for (const v of ca.values()) sa += pairs(v);
  for (const v of cb.values()) sb += pairs(v);
  const expected = (sa * sb) / pairs(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
