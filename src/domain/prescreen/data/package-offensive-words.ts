import type { Lang } from '../../languages.js';
// The List of Dirty, Naughty, Obscene and Otherwise Bad Words (LDNOOBW), as the npm package
// naughty-words publishes it, © its contributors, CC BY 4.0:
// https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words
import en from 'naughty-words/en.json' with { type: 'json' };
import fi from 'naughty-words/fi.json' with { type: 'json' };
import sv from 'naughty-words/sv.json' with { type: 'json' };

/**
 * Entries of the list that are not offensive in a statement to a city. The list was made to filter
 * search results and chat, so it holds more than a city conversation should flag:
 */
const NOT_OFFENSIVE_HERE: Record<Lang, string> = {
  // everyday words whose first meaning is innocent (egg, to put, hole, stuff, gingerbread, moustache,
  // eider, stools, guy, to marry), mild oaths a resident may use without insulting anyone, and a
  // historical term;
  fi: `haahka hatullinen jätkä muna munaton naida panna pano pantava pistää reikä tavara viiksi pipari
       piru pentele hitto hitosti palli pallit paljaalla suklaaosasto tuhkaluukku pehko kuppainen lahtari
       hevonkuusi`,
  // everyday words (hard, candle, sauce, girl), mild oaths, and two Finnish words that found their
  // way into the Swedish list ("but", "to be");
  sv: `hård stake sås brutta tusan prutt mutta olla`,
  // words that name a subject residents may rightly raise (sexual violence and health, crime, body
  // parts in a clinical sense, water quality, extremism) and everyday words with an innocent first
  // meaning (a music lesson's fingering, the lawn game cornhole, the interjection poof).
  en: `anal anus rape raping rapist incest paedophile pedophile escort nude nudity topless sex sexual
       sexually sexuality genitals intercourse ejaculation orgasm semen penis vagina vulva clitoris
       rectum nipple nipples masturbation masturbate masturbating pornography porn porno erotic erotism
       domination sadism swastika neonazi eunuch bondage hardcore kinky swinger bareback suck sucks
       butt tit scat cum skeet santorum lolita playboy voyeur twink twinkie viagra cialis grope
       snowballing pegging shrimping scissoring humping undressing lovemaking homoerotic xx xxx
       hooker spunk snatch smut dildo vibrator busty horny sexy nsfw milf fecal fingering cornhole poof`,
};

const single = (entry: string) => !/[\s]/.test(entry.trim());

function wordsOf(list: readonly string[], lang: Lang): string[] {
  const excluded = new Set(NOT_OFFENSIVE_HERE[lang].split(/\s+/).filter(Boolean));
  return list
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length > 1 && single(e) && /^\p{L}[\p{L}-]*$/u.test(e) && !excluded.has(e));
}

/** Entries of the list that are slurs for a group of people, flagged as such rather than as crude words. */
export const PACKAGE_GROUP_SLURS: Record<Lang, ReadonlySet<string>> = {
  fi: new Set(['nekru', 'mutiainen', 'rättipää']),
  sv: new Set([]),
  en: new Set(['beaner', 'beaners', 'coon', 'coons', 'darkie', 'jigaboo', 'jiggaboo', 'jiggerboo', 'negro', 'pikey', 'slanteye', 'spic', 'honkey', 'fudgepacker', 'bulldyke', 'carpetmuncher', 'shemale', 'mong']),
};

/**
 * Crude and offensive single words from the maintained list, per language, less the entries above.
 * Phrases are left out: their words are on the list by themselves where they offend.
 */
export const PACKAGE_OFFENSIVE_WORDS: Record<Lang, readonly string[]> = {
  fi: wordsOf(fi, 'fi'),
  sv: wordsOf(sv, 'sv'),
  en: wordsOf(en, 'en'),
};
