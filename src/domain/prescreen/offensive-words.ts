import type { Lang } from '../languages.js';
import { gradationSkeleton } from '../similarity/ngrams.js';
import { OFFENSIVE_WORDS, type OffensiveLists } from './data/offensive-words.js';
import { PACKAGE_GROUP_SLURS, PACKAGE_OFFENSIVE_WORDS } from './data/package-offensive-words.js';
import { Lexicon, parseList, RAW_ENDINGS } from './lexicon.js';

export type OffensiveKind = keyof OffensiveLists;

const KINDS: readonly OffensiveKind[] = ['group_slur', 'insult', 'profanity'];
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The entries of one list (one language and kind, or the entries that apply in every language). */
class WordList {
  readonly inflected: Lexicon;
  readonly exact = new Set<string>();
  readonly prefixes: string[] = [];
  readonly parts: string[] = [];

  constructor(
    /** Finnish stems and parts are compared on gradation skeletons (idiootti → idioti). */
    private readonly finnish: boolean,
  ) {
    this.inflected = new Lexicon([], { gradation: false });
  }

  add(entry: string): void {
    if (entry.startsWith('=')) {
      for (const form of entry.slice(1).split('|')) this.exact.add(form.toLowerCase());
    } else if (entry.startsWith('*') && entry.endsWith('*')) {
      this.parts.push(this.form(entry.slice(1, -1).toLowerCase()));
    } else if (entry.endsWith('*')) {
      this.prefixes.push(this.form(entry.slice(0, -1).toLowerCase()));
    } else {
      this.inflected.add(entry);
    }
  }

  matches(lower: string): boolean {
    if (this.exact.has(lower) || this.inflected.has(lower)) return true;
    const form = this.form(lower);
    return this.prefixes.some((p) => form.startsWith(p)) || this.parts.some((p) => form.includes(p));
  }

  private form(lower: string): string {
    return this.finnish ? gradationSkeleton(lower) : lower;
  }
}

interface Lists {
  readonly own: Record<Lang, Record<OffensiveKind, WordList>>;
  readonly everywhere: Record<Lang, Record<OffensiveKind, WordList>>;
}

function build(): Lists {
  const make = () =>
    Object.fromEntries(
      LANGS.map((lang) => [lang, Object.fromEntries(KINDS.map((kind) => [kind, new WordList(lang === 'fi')]))]),
    ) as Record<Lang, Record<OffensiveKind, WordList>>;
  const lists: Lists = { own: make(), everywhere: make() };
  for (const lang of LANGS) {
    for (const kind of KINDS) {
      for (const entry of parseList(OFFENSIVE_WORDS[lang][kind])) {
        if (entry.startsWith('+')) lists.everywhere[lang][kind].add(entry.slice(1));
        else lists.own[lang][kind].add(entry);
      }
    }
  }
  return lists;
}

const LISTS = build();

/**
 * The maintained list's words as whole words, in their own language only: the entry, or the entry
 * followed by one of its language's endings. Never as part of a longer compound, where short entries
 * hide inside innocent words (kusta / Kustaankatu, kulli / kullattu, runkku / runkolinja).
 */
class WholeWords {
  private readonly words: ReadonlySet<string>;
  /** Finnish nouns in -ka, -pä, -ra lose their last vowel before plural -i- (lutka / lutkia). */
  private readonly pluralStems: ReadonlySet<string>;

  constructor(
    words: readonly string[],
    private readonly endings: ReadonlySet<string>,
    finnish = false,
  ) {
    this.words = new Set(words);
    this.pluralStems = new Set(finnish ? words.filter((w) => /[kpr][aä]$/.test(w)).map((w) => w.slice(0, -1)) : []);
  }

  has(lower: string): boolean {
    if (this.words.has(lower)) return true;
    for (let cut = 1; cut <= 4 && lower.length - cut >= 3; cut++) {
      const ending = lower.slice(-cut);
      if (!this.endings.has(ending)) continue;
      const base = lower.slice(0, -cut);
      if (this.words.has(base) || (ending.startsWith('i') && this.pluralStems.has(base))) return true;
    }
    return false;
  }
}

/**
 * Endings the maintained list's words take: Finnish cases and plurals; Swedish definite forms,
 * plurals and genitive (not -a, -ar: röv / röva "rob", rövar "robs"); English plural -s only (ass /
 * assets, spic / spices).
 */
const PACKAGE_LISTS: Record<Lang, WholeWords> = {
  fi: new WholeWords(PACKAGE_OFFENSIVE_WORDS.fi, RAW_ENDINGS, true),
  sv: new WholeWords(PACKAGE_OFFENSIVE_WORDS.sv, new Set(['s', 'n', 't', 'en', 'et', 'na', 'er', 'or', 'erna', 'orna', 'ens', 'ets', 'ns'])),
  en: new WholeWords(PACKAGE_OFFENSIVE_WORDS.en, new Set(['s'])),
};

/**
 * Which kind of offensive word a lower-case word is, if any, in a statement written in `lang`: that
 * language's lists, and the entries of other languages marked to apply everywhere (people swear in
 * English and Finnish whatever they write in). Hyphenated words are also tried part by part.
 */
export function offensiveKind(lower: string, lang: Lang): OffensiveKind | null {
  const candidates = lower.includes('-') ? [lower, ...lower.split('-').filter((p) => p.length > 1)] : [lower];
  for (const kind of KINDS) {
    for (const form of candidates) {
      if (LISTS.own[lang][kind].matches(form)) return kind;
      if (LANGS.some((l) => LISTS.everywhere[l][kind].matches(form))) return kind;
    }
  }
  // What the hand-written lists lack, the maintained list may hold: crude words, and a few slurs.
  const listed = candidates.find((form) => PACKAGE_LISTS[lang].has(form));
  if (listed === undefined) return null;
  const slurs = PACKAGE_GROUP_SLURS[lang];
  return slurs.has(listed) || slurs.has(listed.replace(/s$/, '')) || (lang === 'fi' && [...slurs].some((s) => listed.startsWith(s.slice(0, 5))))
    ? 'group_slur'
    : 'profanity';
}
