import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.js';
import type { Lang } from './lang.js';
import {
  claimFactor,
  isSameMeaning,
  NUMBER_CONFLICT_FACTOR,
  POLARITY_CONFLICT_FACTOR,
  SAME_MEANING_THRESHOLD,
  SCOPE_CONFLICT_FACTOR,
} from './scoring.js';

const factor = (a: string, b: string, lang: Lang) => claimFactor(extractFeatures(a, lang), extractFeatures(b, lang));

describe('claimFactor', () => {
  it('keeps the topical score when the claims agree', () => {
    expect(factor('Keskustaan lisää pyöräteitä.', 'Keskustassa tarvitaan enemmän pyöräteitä.', 'fi')).toBe(1);
    expect(factor('Speed limit 30 km/h in the centre.', 'The centre needs a 30 km/h limit.', 'en')).toBe(1);
  });

  it('lowers it for opposite claims', () => {
    expect(factor('Kaupungin pitää lisätä pyöräteitä.', 'Kaupungin ei pidä lisätä pyöräteitä.', 'fi')).toBe(POLARITY_CONFLICT_FACTOR);
  });

  it('lowers it when both name numbers and none agree', () => {
    expect(factor('Hastighetsgränsen ska vara 30 km/h.', 'Hastighetsgränsen ska vara 40 km/h.', 'sv')).toBe(NUMBER_CONFLICT_FACTOR);
    expect(factor('Hiilineutraali vuoteen 2030 mennessä.', 'Hiilineutraaliustavoitetta pitää lykätä vuoteen 2040.', 'fi')).toBeCloseTo(
      POLARITY_CONFLICT_FACTOR * NUMBER_CONFLICT_FACTOR,
    );
  });
});

describe('claimFactor on whom a measure is for', () => {
  it('lowers it when one is for everyone and the other for a group', () => {
    expect(factor('Public transport should be free for pensioners.', 'Public transport should be free for everyone.', 'en')).toBe(SCOPE_CONFLICT_FACTOR);
    expect(factor('Public transport should be free for pensioners.', 'Pensioners should ride buses for free.', 'en')).toBe(1);
  });
});

describe('isSameMeaning', () => {
  it('compares with the app threshold unless given another', () => {
    expect(isSameMeaning(SAME_MEANING_THRESHOLD)).toBe(true);
    expect(isSameMeaning(SAME_MEANING_THRESHOLD - 0.01)).toBe(false);
    expect(isSameMeaning(0.5, 0.4)).toBe(true);
  });
});
