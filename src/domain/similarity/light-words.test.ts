import { describe, expect, it } from 'vitest';
import { extractFeatures, LIGHT_WORD_WEIGHT } from './features.js';
import { isLightWord } from './light-words.js';

describe('light words', () => {
  it('knows generic verbs in their inflections, not topic words', () => {
    expect(isLightWord('runs', 'en')).toBe(true);
    expect(isLightWord('tehdään', 'fi')).toBe(true);
    expect(isLightWord('används', 'sv')).toBe(true);
    expect(isLightWord('buses', 'en')).toBe(false);
    expect(isLightWord('kirjasto', 'fi')).toBe(false);
  });

  it('weighs them less than the words that name the topic', () => {
    const terms = extractFeatures('Buses should run more often in the evening.', 'en').terms;
    expect(terms.find((t) => t.stem === 'run')?.weight).toBe(LIGHT_WORD_WEIGHT);
    expect(terms.find((t) => t.stem === 'buse')?.weight).toBe(1);
  });
});
