import type { Flag, TextSpan } from './flag.js';
import {
  isAmbiguousFirstName,
  isFirstName,
  isKnownWord,
  isPlaceAsWritten,
  isSurname,
  knownPhraseAt,
  officeAt,
} from './name-lexicons.js';
import { REASONS } from './reasons.js';
import { isStreetPartWord } from './street-address.js';
import { scanWords, type Word } from './text-scan.js';

/** A sentence mostly in capitalised words is title case ("Helsinki City Museum Free On Fridays"). */
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_MIN_WORDS = 4;

interface Analysed {
  readonly word: Word;
  /** Part of a known multi-word name ("Amos Rex", "Tuntematon sotilas"). */
  known: boolean;
  capitalisedMidSentence: boolean;
  listedName: boolean;
}

function joined(next: Word | undefined, allowPeriod = false): next is Word {
  if (!next) return false;
  return /^\s+$/.test(next.gapBefore) || next.gapBefore === '-' || (allowPeriod && /^\.\s+$/.test(next.gapBefore));
}

function titleCaseSentences(words: readonly Word[]): Set<number> {
  const counts = new Map<number, { capitalised: number; total: number }>();
  for (const w of words) {
    const c = counts.get(w.sentence) ?? { capitalised: 0, total: 0 };
    c.total++;
    if (w.case !== 'lower') c.capitalised++;
    counts.set(w.sentence, c);
  }
  const result = new Set<number>();
  for (const [sentence, c] of counts) {
    if (c.total >= TITLE_CASE_MIN_WORDS && c.capitalised / c.total >= TITLE_CASE_SHARE) result.add(sentence);
  }
  return result;
}

function analyse(words: readonly Word[]): Analysed[] {
  const lowers = words.map((w) => w.lower);
  const titleCase = titleCaseSentences(words);
  const known = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const length = knownPhraseAt(lowers, i);
    for (let k = 0; k < length; k++) known.add(i + k);
  }
  return words.map((word, i) => {
    const isKnown = known.has(i) || isKnownWord(word);
    const cased = word.case === 'capitalised' || (word.case === 'upper' && word.text.length >= 4);
    return {
      word,
      known: isKnown,
      capitalisedMidSentence:
        word.case === 'capitalised' && !word.sentenceStart && !titleCase.has(word.sentence) && !isKnown && word.text.length > 1,
      listedName: cased && !isKnown && (isFirstName(word) || isSurname(word)),
    };
  });
}

function looksLikeName(a: Analysed, next: Analysed | undefined): boolean {
  if (a.capitalisedMidSentence) return true;
  if (!a.listedName) return false;
  if (!isAmbiguousFirstName(a.word) || isSurname(a.word)) return true;
  // "Toivon, että…", "Will the city…": the word is a name only before a surname.
  return joined(next?.word) && (next!.capitalisedMidSentence || next!.listedName);
}

/** The end (exclusive index) of a run of name words starting at `from`. */
function runEnd(items: readonly Analysed[], from: number): number {
  let end = from + 1;
  while (end < items.length && joined(items[end]!.word) && (items[end]!.capitalisedMidSentence || items[end]!.listedName)) end++;
  return end;
}

/** A street named after a person: "Minna Canthin katu", "Aleksis Kiven kadulla". */
function streetAfter(items: readonly Analysed[], end: number): boolean {
  const next = items[end]?.word;
  return next !== undefined && joined(next) && next.case === 'lower' && isStreetPartWord(next.lower);
}

/** After an office, a capitalised word is a name even when it is also a place (Kallio, Salo). */
function nameAfterTitle(items: readonly Analysed[], lowers: readonly string[], at: number): boolean {
  const a = items[at];
  if (!a || a.word.quoted) return false;
  if (a.word.case === 'lower') return (isFirstName(a.word) && !isAmbiguousFirstName(a.word)) || isSurname(a.word);
  if (officeAt(lowers, at) > 0) return false;
  if (!a.known) return true;
  return isPlaceAsWritten(a.word) && knownPhraseAt(lowers, at) === 0;
}

function spanOf(words: readonly Word[], from: number, to: number): TextSpan {
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/**
 * Personal names (rule 1): a title or office followed by a name, listed first names and surnames,
 * and capitalised words mid-sentence that are not a known place, institution, brand or word.
 * Words inside `masked` spans (addresses, e-mail, handles) and inside quotation marks are skipped.
 */
export function checkPersonalNames(text: string, masked: readonly TextSpan[] = []): Flag[] {
  const words = scanWords(text).filter((w) => !masked.some((m) => w.start < m.end && m.start < w.end));
  const lowers = words.map((w) => w.lower);
  const items = analyse(words);
  const flags: Flag[] = [];
  let i = 0;
  while (i < items.length) {
    const office = items[i]!.word.quoted ? 0 : officeAt(lowers, i);
    if (office > 0 && joined(items[i + office]?.word, true) && nameAfterTitle(items, lowers, i + office)) {
      const end = runEnd(items, i + office);
      flags.push({ rule: 'names_person', kind: 'title_with_name', reason: REASONS.title_with_name, span: spanOf(words, i, end) });
      i = end;
      continue;
    }
    if (!items[i]!.word.quoted && looksLikeName(items[i]!, items[i + 1])) {
      const end = runEnd(items, i);
      if (!streetAfter(items, end)) {
        flags.push({ rule: 'names_person', kind: 'personal_name', reason: REASONS.personal_name, span: spanOf(words, i, end) });
      }
      i = end;
      continue;
    }
    i++;
  }
  return flags;
}
