import type { Lang } from './lang.js';
import { stem } from './stem.js';

/**
 * Verbs and nouns general enough to frame any claim about a city (make, use, offer, run; thing,
 * part, people). They stay features, since "use" can be the point, but weigh little. Matched by
 * stem, so their inflections count too.
 */
const WORDS: Record<Lang, string> = {
  fi: `tehdä tekee tehdään tehtävä tehty käyttää käytetään käyttö käytössä käyttämään käyttämistä tarjota
    tarjotaan antaa annetaan ottaa otetaan päästä pääsee mennä menee tulla tulee kulkea kulkee asia asiat
    osa ihminen ihmiset hoitaa hoidetaan pidettävä pidettäviä pidetään huolehtia toimia toimii`,
  sv: `göra gör görs gjort använda används användning erbjuda erbjuds ge ges ta tas komma kommer gå går
    sak saker del människor folk sköta sköts fungera fungerar se ses hålla hållas`,
  en: `make made makes run runs running use used uses using provide provided offer offered offers give
    given take taken get go goes thing things people person deal handle ensure ride rides`,
};

const STEMS: Record<Lang, ReadonlySet<string>> = {
  fi: stems(WORDS.fi, 'fi'),
  sv: stems(WORDS.sv, 'sv'),
  en: stems(WORDS.en, 'en'),
};

function stems(words: string, lang: Lang): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => stem(w, lang)));
}

export function isLightWord(word: string, lang: Lang): boolean {
  return STEMS[lang].has(stem(word, lang));
}
