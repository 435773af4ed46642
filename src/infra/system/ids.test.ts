import { describe, expect, it } from 'vitest';
import { newId, randomIds } from './ids.js';

describe('ids', () => {
  it('are 26 URL-safe characters and never repeat', () => {
    const ids = Array.from({ length: 10_000 }, () => randomIds.newId());
    for (const id of ids) expect(id).toMatch(/^[2-7a-z]{26}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sort by the second they were made in, as text', () => {
    const t = Date.UTC(2026, 0, 15, 12);
    const earlier = Array.from({ length: 50 }, () => newId(t));
    const later = Array.from({ length: 50 }, () => newId(t + 1000));
    const muchLater = newId(Date.UTC(2099, 0, 1));
    const sorted = [...later, muchLater, ...earlier].sort();
    expect(sorted.slice(0, 50).sort()).toEqual([...earlier].sort());
    expect(sorted.slice(50, 100).sort()).toEqual([...later].sort());
    expect(sorted[100]).toBe(muchLater);
  });
});
