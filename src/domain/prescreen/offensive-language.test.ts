import { describe, expect, it } from 'vitest';
import { checkOffensiveWords } from './offensive-language.js';
import type { Lang } from '../languages.js';

const found = (text: string, lang: Lang) => checkOffensiveWords(text, lang).map((f) => `${f.kind}:${text.slice(f.span!.start, f.span!.end)}`);

describe('offensive words', () => {
  it('catches Finnish insults in their inflected forms', () => {
    expect(found('Päättäjät ovat idiootteja.', 'fi')).toEqual(['insult:idiootteja']);
    expect(found('Näille idiooteille ei rahaa.', 'fi')).toEqual(['insult:idiooteille']);
    expect(found('Pormestari on täysi idiootti.', 'fi')).toEqual(['insult:idiootti']);
    expect(found('Idioottimainen päätös.', 'fi')).toEqual(['insult:Idioottimainen']);
    expect(found('Kaikki ovat ääliöitä.', 'fi')).toEqual(['insult:ääliöitä']);
    expect(found('Jäsenet ovat pellejä.', 'fi')).toEqual(['insult:pellejä']);
    expect(found('Valtuutetut ovat ahneita paskiaisia.', 'fi')).toEqual(['insult:paskiaisia']);
    expect(found('ne on kaikki mulkkuja', 'fi')).toEqual(['insult:mulkkuja']);
  });

  it('catches swearing, also across languages', () => {
    expect(found('Virkamiehet on vitun laiskoja.', 'fi')).toEqual(['profanity:vitun']);
    expect(found('Perkele, taas!', 'fi')).toEqual(['profanity:Perkele']);
    expect(found('Den här jävla kommunen.', 'sv')).toEqual(['profanity:jävla']);
    expect(found('These bureaucrats are fucking useless.', 'en')).toEqual(['profanity:fucking']);
    expect(found('Ihan fucking turhaa.', 'fi')).toEqual(['profanity:fucking']);
    expect(found('Politikerna är idioter.', 'sv')).toEqual(['insult:idioter']);
  });

  it('does not read innocent look-alikes as insults', () => {
    for (const [text, lang] of [
      ['Pellettilämmitys ja pelit nuorille.', 'fi'],
      ['Kaupunki loisi uusia työpaikkoja ja loistavia puistoja.', 'fi'],
      ['Vitamiinit ja perunat kouluruokaan.', 'fi'],
      ['Horisonten och skolorna i Hangö.', 'sv'],
      ['I am a fan of the new library.', 'en'],
      ['Perseverance and cunning planning help the city.', 'en'],
      ['Kukkia puistoihin ja kukkaistutuksia toreille.', 'fi'],
      ['Kalliossa on paljon rottia.', 'fi'],
      ['Damn, the buses are late again.', 'en'],
      ['Tämä on tyhmä ehdotus.', 'fi'],
    ] as const) {
      expect(found(text, lang), text).toEqual([]);
    }
  });

  it('catches slurs and dehumanising words aimed at groups', () => {
    expect(found('Mamut pois Itäkeskuksesta.', 'fi')[0]).toBe('group_slur:Mamut');
    expect(found('Maahanmuuttajat ovat loisia.', 'fi')).toEqual(['group_slur:loisia']);
    expect(found('Invandrarna är parasiter.', 'sv')).toEqual(['group_slur:parasiter']);
    expect(found('Immigrants are vermin.', 'en')).toEqual(['group_slur:vermin']);
    expect(found('Maahanmuuttajat ovat rottia.', 'fi')).toEqual(['group_slur:Maahanmuuttajat ovat rottia']);
    expect(found('Politicians are animals.', 'en')).toEqual(['group_slur:Politicians are animals']);
    expect(found('Romanit pitäisi ajaa pois kaupungista.', 'fi')).toEqual(['group_slur:Romanit pitäisi ajaa pois']);
  });

  it('leaves fair words about groups alone', () => {
    for (const [text, lang] of [
      ['Poliitikot eivät aina kuuntele asukkaita.', 'fi'],
      ['Maahanmuuttajien kielikursseja pitää lisätä.', 'fi'],
      ['Many immigrants do not know how to take part; the city should reach out.', 'en'],
      ['Autot pois keskustasta.', 'fi'],
      ['Politikerna lyssnar inte på unga.', 'sv'],
    ] as const) {
      expect(found(text, lang), text).toEqual([]);
    }
  });
});
