import { describe, expect, it } from 'vitest';
import { impliedPrice } from './price-words.js';

describe('impliedPrice', () => {
  it('reads words that rate a price as naming the price', () => {
    expect(impliedPrice('kalliita', 'fi')).toBe('hinta');
    expect(impliedPrice('halvempia', 'fi')).toBe('hinta');
    expect(impliedPrice('billigare', 'sv')).toBe('pris');
    expect(impliedPrice('dyrt', 'sv')).toBe('pris');
    expect(impliedPrice('affordable', 'en')).toBe('price');
  });

  it('leaves other words alone', () => {
    expect(impliedPrice('kallio', 'fi')).toBeNull();
    expect(impliedPrice('bil', 'sv')).toBeNull();
    expect(impliedPrice('free', 'en')).toBeNull();
  });
});
