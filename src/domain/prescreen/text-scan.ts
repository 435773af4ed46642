import type { TextSpan } from './flag.js';

/** How a word is written, which tells a proper noun from a common word mid-sentence. */
export type WordCase = 'capitalised' | 'upper' | 'lower';

/** A word of the statement as written, with its place in the text. */
export interface Word {
  /** As written, hyphenated parts included ("Itä-Helsingin"); without a possessive 's or ":n" ending. */
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  /** End of the word as written, endings included. */
  readonly end: number;
  readonly case: WordCase;
  /** First word of a sentence (or of a line, or after a colon): capitals there say nothing. */
  readonly sentenceStart: boolean;
  /** Inside quotation marks: a title of a work, whose capitals are not names. */
  readonly quoted: boolean;
  readonly sentence: number;
  /** What separates this word from the previous one. */
  readonly gapBefore: string;
}

// Letters with inner apostrophes and hyphens, then an optional ending after a colon ("HSL:n").
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+)*(?::\p{Ll}{1,5}(?![\p{L}\p{M}]))?/gu;
const QUOTES = /["“”„«»]/g;
/** Ends a sentence when followed by space or the end; a colon or semicolon starts a new clause. */
const SENTENCE_BREAK = /[.!?…;:](?=\s|$|["”»)])|[!?]|\n|^\s*[-–•*]\s/u;

/** Words after which a period does not end the sentence. */
const ABBREVIATIONS = new Set(
  `esim mm ns yms jne ym tms ks vrt klo puh os ts n noin ca kl tel nr t ex bl a osv dvs resp s k e g i
   etc approx vs mr mrs ms dr prof st`.split(/\s+/),
);

function caseOf(word: string): WordCase {
  if (!/^\p{Lu}/u.test(word)) return 'lower';
  return /\p{Ll}/u.test(word) || [...word].length === 1 ? 'capitalised' : 'upper';
}

/** Spans between pairs of quotation marks. */
export function quotedSpans(text: string): TextSpan[] {
  const marks = [...text.matchAll(QUOTES)].map((m) => m.index!);
  const spans: TextSpan[] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) spans.push({ start: marks[i]!, end: marks[i + 1]! + 1 });
  return spans;
}

function gapBreaksSentence(gap: string, previous: string | null): boolean {
  if (previous === null) return true;
  if (!SENTENCE_BREAK.test(gap)) return false;
  // "esim. Kallio", "Mr. Smith": a period after an abbreviation is not a sentence end.
  const trimmed = gap.trim();
  return !(trimmed.startsWith('.') && !/[!?;:\n]/.test(gap) && ABBREVIATIONS.has(previous.toLowerCase()));
}

/** The words of a text in order, with sentence starts and quoted stretches marked. */
export function scanWords(text: string): Word[] {
  const quoted = quotedSpans(text);
  const words: Word[] = [];
  let previousEnd = 0;
  let previous: string | null = null;
  let sentence = -1;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index!;
    const gap = text.slice(previousEnd, start);
    const sentenceStart = gapBreaksSentence(gap, previous);
    if (sentenceStart) sentence++;
    const base = raw.replace(/:\p{Ll}+$/u, '').replace(/['’]s$/u, '');
    words.push({
      text: base,
      lower: base.toLowerCase(),
      start,
      end: start + raw.length,
      case: caseOf(base),
      sentenceStart,
      quoted: quoted.some((q) => start > q.start && start < q.end),
      sentence,
      gapBefore: gap,
    });
    previousEnd = start + raw.length;
    previous = base;
  }
  return words;
}
