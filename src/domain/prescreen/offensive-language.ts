import type { Lang } from '../languages.js';
import { COPULAS, DEHUMANISING, EXPULSION, IDENTITY_GROUPS, ROLE_GROUPS } from './data/groups.js';
import type { Flag, TextSpan } from './flag.js';
import { Lexicon } from './lexicon.js';
import { offensiveKind } from './offensive-words.js';
import { REASONS } from './reasons.js';
import { scanWords, type Word } from './text-scan.js';

const IDENTITY = Lexicon.fromList(IDENTITY_GROUPS);
const ROLES = Lexicon.fromList(ROLE_GROUPS);
const DEHUMANISING_WORDS = Lexicon.fromList(DEHUMANISING, { gradation: false });
const COPULA_WORDS = new Set(COPULAS.split(/[\s,]+/).filter(Boolean));
const EXPULSION_WORDS = Lexicon.fromList(EXPULSION, { gradation: false });

function span(words: readonly Word[]): TextSpan {
  const start = Math.min(...words.map((w) => w.start));
  const end = Math.max(...words.map((w) => w.end));
  return { start, end };
}

/** Insults, swearing and slurs from the word lists, one flag per word. */
function listedWords(words: readonly Word[], lang: Lang): Flag[] {
  const flags: Flag[] = [];
  for (const w of words) {
    const kind = offensiveKind(w.lower, lang);
    if (kind) flags.push({ rule: 'offensive', kind, reason: REASONS[kind], span: { start: w.start, end: w.end } });
  }
  return flags;
}

/**
 * Ordinary words that turn against a group in one sentence: "maahanmuuttajat ovat rottia",
 * "politicians are animals" (a group, a copula and a dehumanising word), or "romanit pois
 * kaupungista" (a group by origin, faith or circumstance, and a call to remove it).
 */
function wordsAgainstGroups(words: readonly Word[]): Flag[] {
  const flags: Flag[] = [];
  const sentences = new Map<number, Word[]>();
  for (const w of words) sentences.set(w.sentence, [...(sentences.get(w.sentence) ?? []), w]);
  for (const sentence of sentences.values()) {
    const lowers = sentence.map((w) => w.lower);
    const identity = sentence.filter((w) => IDENTITY.has(w.lower));
    const groups = [...identity, ...sentence.filter((w) => ROLES.has(w.lower))];
    if (groups.length === 0) continue;
    const dehumanising = sentence.filter((w) => DEHUMANISING_WORDS.has(w.lower));
    if (dehumanising.length > 0 && sentence.some((w) => COPULA_WORDS.has(w.lower))) {
      flags.push({ rule: 'offensive', kind: 'group_slur', reason: REASONS.group_slur, span: span([groups[0]!, dehumanising[0]!]) });
      continue;
    }
    if (identity.length === 0) continue;
    const at = lowers.findIndex((_, i) => EXPULSION_WORDS.phraseAt(lowers, i) > 0 || EXPULSION_WORDS.has(lowers[i]!));
    if (at >= 0) {
      const length = Math.max(1, EXPULSION_WORDS.phraseAt(lowers, at));
      flags.push({
        rule: 'offensive',
        kind: 'group_slur',
        reason: REASONS.group_slur,
        span: span([identity[0]!, ...sentence.slice(at, at + length)]),
      });
    }
  }
  return flags;
}

/** Insulting or disrespectful language (rule 2), without shouting, which `checkShouting` finds. */
export function checkOffensiveWords(text: string, lang: Lang): Flag[] {
  const words = scanWords(text);
  const listed = listedWords(words, lang);
  // A listed slur inside a "group … word" span already says it.
  const inside = (g: Flag) => listed.some((l) => l.kind === 'group_slur' && l.span!.start >= g.span!.start && l.span!.end <= g.span!.end);
  const grouped = wordsAgainstGroups(words).filter((g) => !inside(g));
  return [...listed, ...grouped];
}
