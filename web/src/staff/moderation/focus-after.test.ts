import { describe, expect, it } from 'vitest';
import { excerpt, focusAfterRemoval } from './focus-after';

describe('focusAfterRemoval', () => {
  it('moves to the next statement, or the previous one at the end of the list', () => {
    expect(focusAfterRemoval(['a', 'b', 'c'], ['b'])).toBe('c');
    expect(focusAfterRemoval(['a', 'b', 'c'], ['c'])).toBe('b');
    expect(focusAfterRemoval(['a', 'b', 'c', 'd'], ['a', 'c'])).toBe('b');
    expect(focusAfterRemoval(['a', 'b', 'c'], ['b', 'c'])).toBe('a');
  });

  it('gives null when nothing is left', () => expect(focusAfterRemoval(['a'], ['a'])).toBeNull());
});

describe('excerpt', () => {
  it('keeps short texts and cuts long ones at a word', () => {
    expect(excerpt('  Lisää   penkkejä puistoihin ')).toBe('Lisää penkkejä puistoihin');
    expect(excerpt('Kaupungin pitäisi järjestää asukasiltoja jokaisessa kaupunginosassa kerran kuussa', 40)).toBe('Kaupungin pitäisi järjestää asukasiltoja…');
  });
});
