import { gradationSkeleton } from '../similarity/ngrams.js';

/**
 * Endings a short word takes in Finnish (cases, plural), Swedish (genitive -s) and English (plural
 * -s), compared on gradation skeletons so that "Pekka" / "Pekan" and "Matti" / "Matille" match.
 */
const ENDINGS = `n a ä ta tä na nä t s ja jä ssa ssä sta stä lla llä lta ltä lle ksi ine in an en on un yn än ön
   hin han hen hon hun hyn hän hön iin seen ille illa illä ilta iltä ista istä issa issä it ia iä ien
   ineen inen ns ni si mme jen jä ihin iksi ina inä`.split(/\s+/);
export const RAW_ENDINGS: ReadonlySet<string> = new Set(ENDINGS);
const SKELETON_ENDINGS: ReadonlySet<string> = new Set(ENDINGS.map((e) => gradationSkeleton(e)));

/**
 * A longer word may differ from its base form in its last letter, or in its last two where Finnish
 * consonant gradation works (Lahti / Lahdessa, Turku / Turussa).
 */
function stemSlack(base: string): number {
  // Plurals in -t too: Vihreät / Vihreiden, Sanomat / Sanomien.
  return /[kpt][aeiouyäö]$|[aeiouyäö]t$/.test(base) ? 2 : 1;
}
/** A long word shares at least this much with its base form, and adds at most this many letters. */
const MIN_COMMON = 4;
const MAX_ENDING = 6;
/**
 * Base forms shorter than this (in letters of the skeleton) take only known endings: without
 * gradation to undo, "Onni" must not match "on". Longer ones share their beginning, which also
 * lets a few look-alikes through (Turku / turkki).
 */
const SHORT = 5;

interface Lemma {
  readonly skeleton: string;
  /** Finnish -nen words change it to -s- inside inflection: Virtanen / Virtaselle. */
  readonly nen: boolean;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export interface LexiconOptions {
  /** Also count words that begin with a base form, as compounds do ("Kallionkatu", "Helsinki-päivä"). */
  readonly compounds?: boolean;
  /**
   * Compare gradation skeletons (default), so that Pekka / Pekan match; off where consonant length
   * tells words apart (pelle "clown" / peli "game").
   */
  readonly gradation?: boolean;
  /**
   * How words inflect: Finnish (default), where endings follow a stem that may change, or by
   * suffixes only, for Swedish and English words (borgmästaren, councillors), which must not match
   * by shared beginnings (planner / planerat).
   */
  readonly inflection?: 'finnish' | 'suffix';
}

/** Swedish and English endings: plural, definite forms, genitive, adjective forms. */
const SUFFIXES: ReadonlySet<string> = new Set(
  ['s', 'es', 'n', 'en', 'er', 'ar', 'or', 'na', 'et', 'erna', 'arna', 'orna', 'ens', 'ets', 'ns', 'ers', 'nas', 'a', 'e', 't', 'ing', 'ed'],
);

const identity = (s: string) => s;

/**
 * A list of words or names matched in their inflected forms, in all three languages at once:
 * exact forms, a short word plus an ending, or a long word whose gradation skeleton shares all but
 * its last letters with the base form ("Helsinki" / "Helsingissä", "Kokoomus" / "Kokoomuksen").
 */
export class Lexicon {
  private readonly exact = new Set<string>();
  private readonly byHead = new Map<string, Lemma[]>();
  private readonly skeletons = new Set<string>();
  /** Entries of several words, by all their words but the last; the last may inflect. */
  private readonly phrases = new Map<string, Lexicon>();
  private longestPhrase = 1;

  private readonly form: (lower: string) => string;
  private readonly endings: ReadonlySet<string>;

  constructor(
    words: Iterable<string>,
    private readonly options: LexiconOptions = {},
  ) {
    this.form = options.gradation === false || options.inflection === 'suffix' ? identity : gradationSkeleton;
    this.endings = options.gradation === false ? RAW_ENDINGS : SKELETON_ENDINGS;
    for (const word of words) this.add(word);
  }

  /** Parses a list written one entry per line or separated by commas; "#" starts a comment. */
  static fromList(list: string, options?: LexiconOptions): Lexicon {
    return new Lexicon(parseList(list), options);
  }

  add(entry: string): void {
    const words = entryWords(entry);
    if (words.length > 1) {
      const head = words.slice(0, -1).join(' ');
      let last = this.phrases.get(head);
      if (!last) {
        last = new Lexicon([], this.options);
        this.phrases.set(head, last);
      }
      last.add(words[words.length - 1]!);
      this.longestPhrase = Math.max(this.longestPhrase, words.length);
      return;
    }
    const lower = words[0];
    if (lower === undefined) return;
    this.exact.add(lower);
    const skeleton = this.form(lower);
    const lemma: Lemma = { skeleton, nen: lower.endsWith('nen') && lower.length > 5 };
    const head = skeleton.slice(0, 3);
    const list = this.byHead.get(head);
    if (list) list.push(lemma);
    else this.byHead.set(head, [lemma]);
    if (skeleton.length >= SHORT) this.skeletons.add(skeleton);
  }

  /** Whether a lower-case word is in the list in some form. */
  has(lower: string): boolean {
    if (this.exact.has(lower)) return true;
    if (this.options.inflection === 'suffix') {
      return this.hasBySuffix(lower) || (this.options.compounds === true && this.startsWithEntry(lower));
    }
    const skeleton = this.form(lower);
    for (const lemma of this.byHead.get(skeleton.slice(0, 3)) ?? []) {
      if (inflects(skeleton, lemma, this.endings)) return true;
    }
    return this.options.compounds === true && this.startsWithEntry(skeleton);
  }

  private hasBySuffix(lower: string): boolean {
    for (let cut = 1; cut <= 4 && cut < lower.length - 1; cut++) {
      if (SUFFIXES.has(lower.slice(-cut)) && this.exact.has(lower.slice(0, -cut))) return true;
    }
    return false;
  }

  /** Whether the word is an entry as written, not only an inflection of one. */
  hasExact(lower: string): boolean {
    return this.exact.has(lower);
  }

  /**
   * Length of the longest entry of several words that starts at `words[at]` (lower-case words of
   * one phrase, in order), or 0: "Amos Rex", "Helsingin Sanomien", "Tuntematon sotilas".
   */
  phraseAt(words: readonly string[], at: number): number {
    for (let length = Math.min(this.longestPhrase, words.length - at); length >= 2; length--) {
      const last = this.phrases.get(words.slice(at, at + length - 1).join(' '));
      if (last?.has(words[at + length - 1]!)) return length;
    }
    return 0;
  }

  private startsWithEntry(skeleton: string): boolean {
    for (let length = SHORT; length < skeleton.length; length++) {
      if (this.skeletons.has(skeleton.slice(0, length))) return true;
    }
    return false;
  }
}

function inflects(skeleton: string, lemma: Lemma, endings: ReadonlySet<string>): boolean {
  const base = lemma.skeleton;
  if (skeleton === base) return true;
  if (base.length < SHORT) return skeleton.startsWith(base) && endings.has(skeleton.slice(base.length));
  const common = commonPrefix(skeleton, base);
  const need = Math.max(MIN_COMMON, base.length - (lemma.nen ? 3 : stemSlack(base)));
  return common >= need && skeleton.length >= base.length - 1 && skeleton.length - common <= MAX_ENDING;
}

/** The lower-case words of an entry as the text scanner splits them ("Tove Jansson -puisto"). */
function entryWords(entry: string): string[] {
  return (entry.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+)*/gu) ?? []).map((w) =>
    w.replace(/['’]s$/u, ''),
  );
}

/** Entries of a word list: one per line or comma-separated, "#" comments, blank lines ignored. */
export function parseList(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
