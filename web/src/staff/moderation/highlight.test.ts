import { describe, expect, it } from 'vitest';
import { highlightSegments, normaliseSpan } from './highlight';

const view = (text: string, spans: Parameters<typeof highlightSegments>[1]) =>
  highlightSegments(text, spans).map((s) => [s.text, s.flags, s.endingFlags]);

describe('highlightSegments', () => {
  it('leaves a text without spans as one plain run', () => {
    expect(view('Kirjastot auki', [])).toEqual([['Kirjastot auki', [], []]]);
    expect(view('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('marks one span with plain text on either side', () => {
    expect(view('Soita 040 123 4567 heti', [{ start: 6, end: 18 }])).toEqual([
      ['Soita ', [], []],
      ['040 123 4567', [0], [0]],
      [' heti', [], []],
    ]);
  });

  it('keeps adjacent spans apart, each ending with its own note', () => {
    expect(view('abcdef', [{ start: 0, end: 3 }, { start: 3, end: 6 }])).toEqual([
      ['abc', [0], [0]],
      ['def', [1], [1]],
    ]);
  });

  it('splits overlapping spans into runs that list every flag covering them', () => {
    expect(view('0123456789', [{ start: 1, end: 6 }, { start: 4, end: 9 }])).toEqual([
      ['0', [], []],
      ['123', [0], []],
      ['45', [0, 1], [0]],
      ['678', [1], [1]],
      ['9', [], []],
    ]);
  });

  it('handles a span inside another and two equal spans', () => {
    expect(view('abcdefgh', [{ start: 0, end: 8 }, { start: 2, end: 4 }])).toEqual([
      ['ab', [0], []],
      ['cd', [0, 1], [1]],
      ['efgh', [0], [0]],
    ]);
    expect(view('abc', [{ start: 0, end: 3 }, { start: 0, end: 3 }])).toEqual([['abc', [0, 1], [0, 1]]]);
  });

  it('counts offsets in UTF-16 code units, as the server does', () => {
    const text = '😀 Matti Virtanen 😀';
    const start = text.indexOf('Matti');
    expect(start).toBe(3);
    expect(view(text, [{ start, end: start + 'Matti Virtanen'.length }])).toEqual([
      ['😀 ', [], []],
      ['Matti Virtanen', [0], [0]],
      [' 😀', [], []],
    ]);
  });

  it('never cuts a surrogate pair in half: a span inside an emoji widens to the whole character', () => {
    const text = 'a😀b';
    expect(normaliseSpan(text, { start: 2, end: 3 })).toEqual({ start: 1, end: 3 });
    expect(normaliseSpan(text, { start: 0, end: 2 })).toEqual({ start: 0, end: 3 });
    expect(view(text, [{ start: 2, end: 4 }])).toEqual([
      ['a', [], []],
      ['😀b', [0], [0]],
    ]);
    for (const s of highlightSegments(text, [{ start: 2, end: 2 + 1 }])) expect(s.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('ignores missing, empty and out-of-range spans and clamps long ones', () => {
    expect(view('abc', [null, { start: 2, end: 2 }, { start: 5, end: 9 }, { start: -2, end: 1 }])).toEqual([
      ['a', [3], [3]],
      ['bc', [], []],
    ]);
    expect(normaliseSpan('abc', { start: 1, end: 99 })).toEqual({ start: 1, end: 3 });
  });

  it('gives back exactly the text, whatever the spans', () => {
    const text = 'Pormestari Juhana Vartiainen 🙂 ja katu 5';
    const spans = [{ start: 0, end: 28 }, { start: 11, end: 17 }, { start: 29, end: 30 }, { start: 34, end: 40 }];
    expect(highlightSegments(text, spans).map((s) => s.text).join('')).toBe(text);
  });
});
