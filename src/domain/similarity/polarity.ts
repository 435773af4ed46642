import type { Lang } from './lang.js';
import { POLARITY_LEXICONS, type PolarityLexicon } from './polarity-lexicon.js';
import type { Token } from './tokenise.js';

export type Sign = 1 | -1;

/**
 * What a statement asks for or claims, apart from its topic: the direction of its demand (more /
 * less, keep / abolish, with negations folded in) and its evaluation (good / bad), +1 or −1.
 * `null` when the statement has no word of that kind.
 */
export interface Polarity {
  readonly direction: Sign | null;
  readonly evaluation: Sign | null;
  /** When: later (+1) or earlier (−1), as in "schools should start later". */
  readonly timing: Sign | null;
}

export type WordClass = 'more' | 'less' | 'good' | 'bad' | 'big' | 'small' | 'negator' | 'too' | 'down' | 'clause' | 'concession' | 'later' | 'earlier';
interface Entry {
  readonly cls: WordClass;
  readonly verbOnly: boolean;
}
interface CompiledLexicon {
  readonly exact: Map<string, Entry>;
  readonly prefixes: ReadonlyArray<readonly [string, Entry]>;
  readonly blocked: ReadonlySet<string>;
  readonly blockedPrefixes: readonly string[];
  readonly auxiliaries: ReadonlySet<string>;
  readonly modals: ReadonlySet<string>;
  readonly modalEndings: readonly string[];
  readonly cache: Map<string, Entry | null>;
}

const CLASS_FIELDS: ReadonlyArray<readonly [keyof PolarityLexicon, WordClass]> = [
  ['negators', 'negator'],
  ['too', 'too'],
  ['clauseWords', 'clause'],
  ['concessions', 'concession'],
  ['more', 'more'],
  ['less', 'less'],
  ['good', 'good'],
  ['bad', 'bad'],
  ['big', 'big'],
  ['small', 'small'],
  ['downParticles', 'down'],
  ['later', 'later'],
  ['earlier', 'earlier'],
];

function compile(lexicon: PolarityLexicon): CompiledLexicon {
  const exact = new Map<string, Entry>();
  const prefixes: Array<[string, Entry]> = [];
  const blocked = new Set<string>();
  const blockedPrefixes: string[] = [];
  for (const [field, cls] of CLASS_FIELDS) {
    for (let item of lexicon[field].split(/\s+/).filter(Boolean)) {
      if (item.startsWith('-')) {
        item = item.slice(1);
        if (item.endsWith('*')) blockedPrefixes.push(item.slice(0, -1));
        else blocked.add(item);
        continue;
      }
      const verbOnly = item.startsWith('!');
      if (verbOnly) item = item.slice(1);
      const entry: Entry = { cls, verbOnly };
      if (item.endsWith('*')) prefixes.push([item.slice(0, -1), entry]);
      else if (!exact.has(item)) exact.set(item, entry);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const words = (list: string) => list.split(/\s+/).filter(Boolean);
  const auxiliaries = new Set(words(lexicon.auxiliaries));
  const modals = new Set(words(lexicon.modals).filter((w) => !w.startsWith('*')));
  const modalEndings = words(lexicon.modals)
    .filter((w) => w.startsWith('*'))
    .map((w) => w.slice(1));
  return { exact, prefixes, blocked, blockedPrefixes, auxiliaries, modals, modalEndings, cache: new Map() };
}

const COMPILED = new Map<Lang, CompiledLexicon>();
function lexiconFor(lang: Lang): CompiledLexicon {
  let compiled = COMPILED.get(lang);
  if (!compiled) {
    compiled = compile(POLARITY_LEXICONS[lang]);
    COMPILED.set(lang, compiled);
  }
  return compiled;
}

function lookup(word: string, lex: CompiledLexicon): Entry | null {
  const cached = lex.cache.get(word);
  if (cached !== undefined) return cached;
  let entry: Entry | null = lex.exact.get(word) ?? null;
  if (!entry && !lex.blocked.has(word) && !lex.blockedPrefixes.some((p) => word.startsWith(p))) {
    for (const [prefix, e] of lex.prefixes) {
      if (word.startsWith(prefix)) {
        entry = e;
        break;
      }
    }
  }
  if (lex.cache.size > 20_000) lex.cache.clear();
  lex.cache.set(word, entry);
  return entry;
}

/** The polarity class of one word, or null. */
export function polarityClass(word: string, lang: Lang): WordClass | null {
  return lookup(word, lexiconFor(lang))?.cls ?? null;
}

const SCALAR_SIGN: Partial<Record<WordClass, 1 | -1>> = { more: 1, big: 1, less: -1, small: -1 };
const EVAL_SIGN: Partial<Record<WordClass, 1 | -1>> = { good: 1, bad: -1 };
/** How far a negation reaches forward ("ei pidä enää lisätä"), and back ("höjs inte"). */
const NEGATION_FORWARD = 5;
const NEGATION_BACKWARD = 2;

type Axis = 'direction' | 'evaluation' | 'timing';
interface Item {
  readonly axis: Axis;
  sign: Sign;
  readonly at: number;
  flipped: boolean;
}

interface ClausePolarity extends Polarity {
  readonly hasModal: boolean;
  /** "…, even if tickets cost more": what the statement accepts, not what it asks. */
  readonly concession: boolean;
}

function isModal(word: string, lex: CompiledLexicon): boolean {
  return lex.modals.has(word) || lex.modalEndings.some((e) => word.endsWith(e));
}

function analyseClause(words: readonly string[], lex: CompiledLexicon, concession: boolean): ClausePolarity {
  const entries = words.map((w) => lookup(w, lex));
  const items: Item[] = [];
  const negations: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    const { cls } = entry;
    if (cls === 'negator') {
      negations.push(i);
    } else if (cls === 'too') {
      const next = entries[i + 1];
      if (!next) continue;
      const scalar = SCALAR_SIGN[next.cls];
      const evaluation = EVAL_SIGN[next.cls];
      if (scalar) items.push({ axis: 'direction', sign: scalar === 1 ? -1 : 1, at: i + 1, flipped: false });
      else if (evaluation) items.push({ axis: 'evaluation', sign: evaluation === 1 ? -1 : 1, at: i + 1, flipped: false });
      if (scalar || evaluation) i++;
    } else if (cls === 'more' || cls === 'less') {
      const prev = i > 0 ? entries[i - 1] : null;
      if (entry.verbOnly && i > 0 && !lex.auxiliaries.has(words[i - 1]!) && prev?.cls !== 'negator') continue;
      items.push({ axis: 'direction', sign: cls === 'more' ? 1 : -1, at: i, flipped: false });
    } else if (cls === 'good' || cls === 'bad') {
      items.push({ axis: 'evaluation', sign: cls === 'good' ? 1 : -1, at: i, flipped: false });
    } else if (cls === 'later' || cls === 'earlier') {
      items.push({ axis: 'timing', sign: cls === 'later' ? 1 : -1, at: i, flipped: false });
    } else if (cls === 'down') {
      const verbIsPolar = items.some((it) => it.at >= i - 2);
      if (!verbIsPolar) items.push({ axis: 'direction', sign: -1, at: i, flipped: false });
    }
  }
  let residual = 0;
  for (const at of negations) {
    const target =
      items.find((it) => !it.flipped && it.at > at && it.at - at <= NEGATION_FORWARD) ??
      [...items].reverse().find((it) => !it.flipped && it.at < at && at - it.at <= NEGATION_BACKWARD);
    if (target) {
      target.sign = target.sign === 1 ? -1 : 1;
      target.flipped = true;
    } else {
      residual++;
    }
  }
  let direction: Sign | null = residual > 0 ? (residual % 2 === 0 ? 1 : -1) : null;
  let evaluation: Sign | null = null;
  let timing: Sign | null = null;
  const combine = (sofar: Sign | null, sign: Sign): Sign => (sofar === null ? sign : sofar === sign ? 1 : -1);
  for (const it of items) {
    if (it.axis === 'direction') direction = combine(direction, it.sign);
    else if (it.axis === 'evaluation') evaluation = combine(evaluation, it.sign);
    else timing = combine(timing, it.sign);
  }
  return { direction, evaluation, timing, hasModal: words.some((w) => isModal(w, lex)), concession };
}

/**
 * The clause that states the demand: when some clause has a modal ("should", "pitää", "ska"), the
 * first modal clause that has a polarity, else none; without modals, the first clause with one.
 * Fronted phrases ("Before any school is closed, …", "To support bees, …") and trailing reasons
 * ("…, because …") are not the claim. A concession ("…, even if tickets cost more") is not the claim
 * either, but it is the statement's stance where the claim says nothing on the matter: "buses
 * should run more often, even if tickets cost more" does not ask for cheaper tickets.
 */
function mainClause(clauses: readonly ClausePolarity[], axis: Axis): Sign | null {
  const claims = clauses.filter((c) => !c.concession);
  const demands = claims.some((c) => c.hasModal) ? claims.filter((c) => c.hasModal) : claims;
  const stated = demands.find((c) => c[axis] !== null)?.[axis];
  return stated ?? clauses.find((c) => c.concession && c[axis] !== null)?.[axis] ?? null;
}

/** Polarity of a tokenised statement: that of its main clause. */
export function analysePolarity(tokens: readonly Token[], lang: Lang): Polarity {
  const lex = lexiconFor(lang);
  const clauses: ClausePolarity[] = [];
  let words: string[] = [];
  let concession = false;
  const flush = () => {
    if (words.length > 0) {
      clauses.push(analyseClause(words, lex, concession));
      concession = false;
    }
    words = [];
  };
  for (const token of tokens) {
    if (token.kind === 'break') flush();
    else if (token.kind === 'word') {
      const cls = lookup(token.text, lex)?.cls;
      if (cls === 'clause' || cls === 'concession') flush();
      else words.push(token.text);
      // "Even if" and "även om" mark the clause that follows; "if" alone does not undo that.
      if (cls === 'concession') concession = true;
    }
  }
  flush();
  return {
    direction: mainClause(clauses, 'direction'),
    evaluation: mainClause(clauses, 'evaluation'),
    timing: mainClause(clauses, 'timing'),
  };
}

/**
 * True when two statements make opposite claims: one asks for more and the other for less, both
 * evaluate and disagree, or one asks for later and the other for earlier. A statement with no polar word at all asks for what it names, so it counts
 * as "more"; one that only evaluates ("tickets should be cheaper") has no direction to compare with
 * "lower the prices".
 */
export function polarityConflict(a: Polarity, b: Polarity): boolean {
  const da = directionOrDefault(a);
  const db = directionOrDefault(b);
  if (da !== null && db !== null && da * db === -1) return true;
  if (a.timing !== null && b.timing !== null && a.timing * b.timing === -1) return true;
  return a.evaluation !== null && b.evaluation !== null && a.evaluation * b.evaluation === -1;
}

function directionOrDefault(p: Polarity): Sign | null {
  if (p.direction !== null) return p.direction;
  return p.evaluation === null ? 1 : null;
}
