import { describe, expect, it } from 'vitest';
import type { Lang } from './lang.js';
import { analyseScope, scopeConflict } from './scope.js';
import { tokenise } from './tokenise.js';

const scope = (text: string, lang: Lang) => analyseScope(tokenise(text), lang);

describe('analyseScope', () => {
  it('reads a measure for everyone in each language', () => {
    expect(scope('Public transport should be free for everyone.', 'en')).toBe('everyone');
    expect(scope('Joukkoliikenteen pitää olla maksuton kaikille.', 'fi')).toBe('everyone');
    expect(scope('Kollektivtrafiken ska vara gratis för alla.', 'sv')).toBe('everyone');
    expect(scope('Rannat on pidettävä avoimina kaikille asukkaille.', 'fi')).toBe('everyone');
  });

  it('reads a measure for a group, also when "all" names the group', () => {
    expect(scope('Public transport should be free for pensioners.', 'en')).toBe('group');
    expect(scope('Kaikille lapsille pitää taata päivähoitopaikka.', 'fi')).toBe('group');
    expect(scope('Alla barn ska få en plats på daghem.', 'sv')).toBe('group');
  });

  it('does not take "all" before a thing for everyone', () => {
    expect(scope('All schools should have a nurse.', 'en')).toBeNull();
    expect(scope('Alla skolor ska ha en skolsköterska.', 'sv')).toBeNull();
    expect(scope('Lisää rahaa kaikille kouluille.', 'fi')).toBeNull();
    // An institution is not a group of residents.
    expect(scope('Lisää rahaa kaikille oppilaitoksille.', 'fi')).toBeNull();
    expect(scope('Oppilaille pitää antaa ilmainen aamupala.', 'fi')).toBe('group');
  });
});

describe('scopeConflict', () => {
  it('flags everyone against a group, and nothing else', () => {
    expect(scopeConflict('everyone', 'group')).toBe(true);
    expect(scopeConflict('group', 'group')).toBe(false);
    expect(scopeConflict('everyone', null)).toBe(false);
  });
});
