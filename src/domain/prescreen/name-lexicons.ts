import { FINNISH_MUNICIPALITIES, HELSINKI_PLACES, WORLD_PLACES } from './data/places.js';
import { CAPITALISED_WORDS, INSTITUTIONS } from './data/known-words.js';
import { OFFICES_EN, OFFICES_FI, OFFICES_SV } from './data/offices.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAME_ENDINGS, SURNAMES } from './data/person-names.js';
import { Lexicon } from './lexicon.js';
import { isStreetWord } from './street-address.js';
import type { Word } from './text-scan.js';

const PLACES = Lexicon.fromList([HELSINKI_PLACES, FINNISH_MUNICIPALITIES, WORLD_PLACES].join('\n'), { compounds: true });
const KNOWN = Lexicon.fromList(INSTITUTIONS);
const CAPITALISED = Lexicon.fromList(CAPITALISED_WORDS, { inflection: 'suffix' });
const OFFICES = [
  Lexicon.fromList(OFFICES_FI),
  Lexicon.fromList(OFFICES_SV, { inflection: 'suffix' }),
  Lexicon.fromList(OFFICES_EN, { inflection: 'suffix' }),
];

function isOffice(lower: string): boolean {
  return OFFICES.some((l) => l.has(lower));
}
const FIRST = Lexicon.fromList(`${FIRST_NAMES}\n${AMBIGUOUS_FIRST_NAMES}`);
const AMBIGUOUS = Lexicon.fromList(AMBIGUOUS_FIRST_NAMES);
const SURNAME = Lexicon.fromList(SURNAMES);

/** A part of a hyphenated word that names no one: "Itä-Helsingin", "Ruuti-toiminnan", "S-market". */
function isKnownPart(part: string): boolean {
  return part.length <= 1 || !/^\p{Lu}/u.test(part) || knownSingle(part.toLowerCase());
}

function knownSingle(lower: string): boolean {
  return PLACES.has(lower) || KNOWN.has(lower) || CAPITALISED.has(lower) || isOffice(lower) || isStreetWord(lower);
}

/** A place, institution, brand, office or other capitalised word that names no person. */
export function isKnownWord(word: Word): boolean {
  if (knownSingle(word.lower)) return true;
  // A listed double name is a name, whatever its parts look like (Halla-aho, Anna-Maija).
  if (SURNAME.hasExact(word.lower) || FIRST.hasExact(word.lower)) return false;
  const parts = word.text.split('-');
  return parts.length > 1 && parts.every(isKnownPart);
}

/** A place named in its base form ("Kallio", "Salo"): after a title it is a surname all the same. */
export function isPlaceAsWritten(word: Word): boolean {
  return PLACES.hasExact(word.lower);
}

/** Number of words of a known place, institution or work's name that starts at `at`, or 0. */
export function knownPhraseAt(lowers: readonly string[], at: number): number {
  return Math.max(PLACES.phraseAt(lowers, at), KNOWN.phraseAt(lowers, at), CAPITALISED.phraseAt(lowers, at));
}

/** Number of words of a public office or title starting at `at` ("deputy mayor" is 2), or 0. */
export function officeAt(lowers: readonly string[], at: number): number {
  const phrase = Math.max(...OFFICES.map((l) => l.phraseAt(lowers, at)));
  if (phrase > 0) return phrase;
  return isOffice(lowers[at]!) ? 1 : 0;
}

export function isFirstName(word: Word): boolean {
  return FIRST.has(word.lower);
}

/** A first name that is also an ordinary word (Toivo, Tuuli, Will, May). */
export function isAmbiguousFirstName(word: Word): boolean {
  return AMBIGUOUS.has(word.lower);
}

export function isSurname(word: Word): boolean {
  return SURNAME.has(word.lower) || (word.case === 'capitalised' && SURNAME_ENDINGS.test(word.text));
}
