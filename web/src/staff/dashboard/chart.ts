import type { DayActivity } from './types';

/** The widest a bar gets, in the plot's units. */
export const MAX_BAR = 48;

export interface Bar {
  day: string;
  votes: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  bars: Bar[];
  /** Gridline values from 0 to the top of the scale, with their y. */
  ticks: { value: number; y: number }[];
  max: number;
}

/** A "nice" top for the scale: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Bars of votes per day in a plot area of `width` × `height` (y grows downwards, as in SVG), with
 * a gap between bars; days with no votes keep their place.
 */
export function layoutBars(days: readonly DayActivity[], width: number, height: number, tickCount = 4): ChartLayout {
  const max = niceMax(Math.max(0, ...days.map((d) => d.votes)));
  const slot = days.length > 0 ? width / days.length : width;
  const gap = Math.min(slot * 0.2, 6);
  // A few days make a few bars, not a wall: bars are at most MAX_BAR wide, centred in their slot.
  const barWidth = Math.max(1, Math.min(slot - gap, MAX_BAR));
  const bars = days.map((d, i) => {
    const h = (Math.max(0, d.votes) / max) * height;
    return { day: d.day, votes: d.votes, x: i * slot + (slot - barWidth) / 2, y: height - h, width: barWidth, height: h };
  });
  // Gridlines at whole numbers only: votes are counted.
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => (max / tickCount) * i)
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, y: height - (value / max) * height }));
  return { bars, ticks, max };
}
