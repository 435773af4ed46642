import { describe, expect, it } from 'vitest';
import { checkShouting } from './shouting.js';

describe('shouting', () => {
  it('flags a statement in capitals, spanning its letters', () => {
    const text = 'LISÄÄ PARKKIPAIKKOJA KESKUSTAAN NYT HETI!!!';
    const [flag] = checkShouting(text);
    expect(flag).toMatchObject({ rule: 'offensive', kind: 'shouting' });
    expect(text.slice(flag!.span!.start, flag!.span!.end)).toBe('LISÄÄ PARKKIPAIKKOJA KESKUSTAAN NYT HETI');
    expect(checkShouting('STADEN SKITER I VANLIGA MÄNNISKOR')).toHaveLength(1);
    expect(checkShouting('STOP WASTING OUR TAX MONEY on art')).toHaveLength(1);
  });

  it('leaves acronyms, a single emphasised word and short texts alone', () => {
    expect(checkShouting('HSL:n ja HSY:n pitää tehdä yhteistyötä.')).toEqual([]);
    expect(checkShouting('Kaupungin pitää LOPETTAA tämä hanke heti.')).toEqual([]);
    expect(checkShouting('EI KIITOS')).toEqual([]);
    expect(checkShouting('HSL HSY HUS YTV KELA VR')).toEqual([]);
  });
});
