import type { Lang } from './lang.js';
import type { Token } from './tokenise.js';

/**
 * "Autoton keskusta", "ett bilfritt torg", "a car-free centre" ask for the same as "ban cars from
 * the centre": a word for something to keep out, with the privative suffix. Such a word is read as
 * the thing itself followed by a word of banning, so that it meets the other wording in topic and in
 * polarity. Only things a city bans or keeps out are read so: "maksuton" (free of charge) and
 * "esteetön" (barrier-free, accessible) keep their own meaning.
 */
const same = (words: string[]) => new Map(words.map((w) => [w, w]));

/**
 * The things, by the form the suffix attaches to, with the word for the thing itself. Finnish
 * attaches it to the inflecting stem: päihde → päihteetön, tupakka → tupakaton, puhelin → puhelimeton.
 */
const KEPT_OUT: Record<Lang, ReadonlyMap<string, string>> = {
  fi: new Map([
    ...same(['auto', 'savu', 'muovi', 'alkoholi', 'melu']),
    ['päihtee', 'päihde'],
    ['tupaka', 'tupakka'],
    ['kännykä', 'kännykkä'],
    ['puhelime', 'puhelin'],
    ['asee', 'ase'],
    ['liikentee', 'liikenne'],
  ]),
  sv: same(['bil', 'rök', 'plast', 'alkohol', 'drog', 'buller', 'mobil', 'trafik', 'vapen', 'tobak']),
  en: same(['car', 'smoke', 'plastic', 'alcohol', 'drug', 'noise', 'phone', 'traffic', 'weapon', 'tobacco', 'litter']),
};

const BAN_WORD: Record<Lang, string> = { fi: 'kielletty', sv: 'förbjuden', en: 'banned' };

/** Finnish -ton/-tön and its inflected -ttoma-/-ttömä- forms; Swedish -fri/-fritt/-fria. */
const SUFFIX: Record<Exclude<Lang, 'en'>, RegExp> = {
  fi: /^(\p{L}{3,}?)(?:ton\p{L}{0,2}|tön\p{L}{0,2}|ttom\p{L}*|ttöm\p{L}*)$/u,
  sv: /^(\p{L}{3,}?)(?:fri|fritt|fria)$/u,
};

/** The tokens with privative words spelt out as "<thing> <banned>". */
export function expandPrivatives(tokens: readonly Token[], lang: Lang): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      out.push(token);
      continue;
    }
    // English writes it in two words, which the tokeniser keeps apart: "car" "free".
    if (lang === 'en') {
      const next = tokens[i + 1];
      if (KEPT_OUT.en.has(token.text) && next?.kind === 'word' && next.text === 'free') {
        out.push(token, { kind: 'word', text: BAN_WORD.en });
        i++;
      } else {
        out.push(token);
      }
      continue;
    }
    const attachedTo = SUFFIX[lang].exec(token.text)?.[1];
    const thing = attachedTo === undefined ? undefined : KEPT_OUT[lang].get(attachedTo);
    if (thing !== undefined) out.push({ kind: 'word', text: thing }, { kind: 'word', text: BAN_WORD[lang] });
    else out.push(token);
  }
  return out;
}
