import type { TextSpan } from './types';

/** A run of the text: plain, or marked by one or more flags (their indices in the flag list). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Flags whose span covers this run; empty for plain text. */
  flags: number[];
  /** Flags whose span ends with this run: their note goes right after it. */
  endingFlags: number[];
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair (inside one character). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * A span clamped to the text, widened so that it never cuts a character (an emoji, say) in half;
 * null when nothing of it is left. Offsets are UTF-16 code units, `end` exclusive.
 */
export function normaliseSpan(text: string, span: TextSpan | null | undefined): TextSpan | null {
  if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) return null;
  let start = Math.max(0, Math.min(text.length, Math.floor(span.start)));
  let end = Math.max(0, Math.min(text.length, Math.ceil(span.end)));
  if (splitsPair(text, start)) start -= 1;
  if (splitsPair(text, end)) end += 1;
  return end > start ? { start, end } : null;
}

/**
 * Splits a text into runs at every span boundary, so that overlapping and adjacent spans each
 * stay visible: a run covered by several spans lists all of their flags.
 */
export function highlightSegments(text: string, spans: readonly (TextSpan | null | undefined)[]): Segment[] {
  const clean = spans.map((s) => normaliseSpan(text, s));
  const cuts = new Set<number>([0, text.length]);
  for (const s of clean) if (s) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const flags = clean.flatMap((s, index) => (s && s.start <= start && s.end >= end ? [index] : []));
    const endingFlags = flags.filter((index) => clean[index]!.end === end);
    const last = segments.at(-1);
    // Runs with the same flags (none, typically) join back into one, unless a flag ends between them.
    if (last && last.endingFlags.length === 0 && sameFlags(last.flags, flags)) {
      last.text += text.slice(start, end);
      last.end = end;
      last.endingFlags = endingFlags;
    } else {
      segments.push({ text: text.slice(start, end), start, end, flags, endingFlags });
    }
  }
  return segments;
}

function sameFlags(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
