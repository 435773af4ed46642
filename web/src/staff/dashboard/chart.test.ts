import { describe, expect, it } from 'vitest';
import { layoutBars, MAX_BAR, niceMax } from './chart';

const day = (d: string, votes: number) => ({ day: d, votes, participants: 0, statements: 0 });

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(200)).toBe(200);
    expect(niceMax(3400)).toBe(5000);
  });
});

describe('layoutBars', () => {
  it('scales bars to the plot area, zero days included', () => {
    const { bars, ticks, max } = layoutBars([day('2026-01-19', 10), day('2026-01-20', 0), day('2026-01-21', 5)], 300, 100);
    expect(max).toBe(10);
    expect(bars.map((b) => [b.y, b.height])).toEqual([
      [0, 100],
      [100, 0],
      [50, 50],
    ]);
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x + bars[0]!.width);
    expect(ticks.map((t) => t.value)).toEqual([0, 5, 10]);
    expect(layoutBars([day('2026-01-19', 1)], 10, 10).ticks.map((t) => t.value)).toEqual([0, 1]);
  });

  it('keeps bars narrow when there are few days', () => {
    const [bar] = layoutBars([day('2026-01-19', 3)], 600, 100).bars;
    expect(bar!.width).toBe(MAX_BAR);
    expect(bar!.x).toBe((600 - MAX_BAR) / 2);
  });

  it('copes with no days', () => expect(layoutBars([], 300, 100).bars).toEqual([]));
});
