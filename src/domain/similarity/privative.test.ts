import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.js';
import { polarityConflict } from './polarity.js';
import { expandPrivatives } from './privative.js';
import { tokenise } from './tokenise.js';

const words = (text: string, lang: 'fi' | 'sv' | 'en') => expandPrivatives(tokenise(text), lang).map((t) => t.text);

describe('expandPrivatives', () => {
  it('spells "car-free" out as the thing and a word of banning, in fi, sv and en', () => {
    expect(words('Keskustasta pitää tehdä autoton.', 'fi')).toEqual(['keskustasta', 'pitää', 'tehdä', 'auto', 'kielletty', ',']);
    expect(words('Keskustan pitää olla autottomampi.', 'fi')).toContain('auto');
    // Finnish attaches the suffix to the inflecting stem.
    expect(words('Puistojen pitää olla päihteettömiä ja tupakattomia.', 'fi')).toEqual(['puistojen', 'pitää', 'olla', 'päihde', 'kielletty', 'ja', 'tupakka', 'kielletty', ',']);
    expect(words('Kouluista tehdään puhelimettomia.', 'fi')).toContain('puhelin');
    expect(words('Kadusta tulee liikenteetön.', 'fi')).toContain('liikenne');
    expect(words('Torget ska bli bilfritt.', 'sv')).toEqual(['torget', 'ska', 'bli', 'bil', 'förbjuden', ',']);
    expect(words('The centre should be car-free.', 'en')).toEqual(['the', 'centre', 'should', 'be', 'car', 'banned', ',']);
  });

  it('leaves "free of charge" and "accessible" alone', () => {
    expect(words('Joukkoliikenteen pitää olla maksuton.', 'fi')).toContain('maksuton');
    expect(words('Leikkipuistoihin tarvitaan esteettömiä keinuja.', 'fi')).toContain('esteettömiä');
    expect(words('Simhallen ska vara avgiftsfri.', 'sv')).toContain('avgiftsfri');
    expect(words('Buses should be free for pensioners.', 'en')).toContain('free');
  });

  it('lets "a car-free centre" and "ban cars from the centre" agree in polarity', () => {
    const carFree = extractFeatures('Keskustasta pitää tehdä autoton.', 'fi').polarity;
    const ban = extractFeatures('Autoilu pitää kieltää keskustassa.', 'fi').polarity;
    const byCar = extractFeatures('Keskustaan pitää saada ajaa autolla.', 'fi').polarity;
    expect(polarityConflict(carFree, ban)).toBe(false);
    expect(polarityConflict(carFree, byCar)).toBe(true);
  });
});
