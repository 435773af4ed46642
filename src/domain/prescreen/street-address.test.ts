import { describe, expect, it } from 'vitest';
import { findStreetAddresses, isStreetWord } from './street-address.js';

const found = (text: string) => findStreetAddresses(text).map((s) => text.slice(s.start, s.end));

describe('street addresses', () => {
  it('finds Finnish addresses with house number, staircase and flat', () => {
    expect(found('Asun osoitteessa Mannerheimintie 5, Helsinki')).toEqual(['Mannerheimintie 5']);
    expect(found('Hämeentie 14 B:n pihalla')).toEqual(['Hämeentie 14 B']);
    expect(found('osoite on Mannerheimintie 5 A 12, tulkaa')).toEqual(['Mannerheimintie 5 A 12']);
    expect(found('Kustaankatu 3:ssa asuu mies')).toEqual(['Kustaankatu 3']);
    expect(found('Minna Canthin katu 12 B')).toEqual(['Canthin katu 12 B']);
  });

  it('finds Swedish and English addresses', () => {
    expect(found('Min granne på Mannerheimvägen 12 spelar')).toEqual(['Mannerheimvägen 12']);
    expect(found('Adressen är Runebergsgatan 22 B 15.')).toEqual(['Runebergsgatan 22 B 15']);
    expect(found('The landlord at 14 Harbour Road refuses')).toEqual(['14 Harbour Road']);
    expect(found('He lives at 5 Main Street.')).toEqual(['5 Main Street']);
    expect(found('I live at Fleminginkatu 21 and')).toEqual(['Fleminginkatu 21']);
  });

  it('leaves street names without a number, measures and lines alone', () => {
    for (const text of [
      'Mannerheimintie pitää rauhoittaa autoilta.',
      'Hämeentie 30 km/h -alueeksi.',
      'Hastigheten på Tavastvägen borde sänkas till 30 km/h.',
      'Raitiovaunulinja 6 pitää jatkaa.',
      'Tram 4 to Munkkiniemi is full.',
      'Mannerheimintie 2030 -suunnitelma',
      'moottoritie 3 kaistaiseksi',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('tells a street name from a surname by its last part', () => {
    expect(isStreetWord('mannerheimintiellä')).toBe(true);
    expect(isStreetWord('runebergsgatan')).toBe(true);
    expect(isStreetWord('aleksanterinkadulla')).toBe(true);
    expect(isStreetWord('koivuranta')).toBe(false);
    expect(isStreetWord('tietoa')).toBe(false);
  });
});
