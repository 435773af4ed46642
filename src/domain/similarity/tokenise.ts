import { normaliseText } from './normalise.js';

/** A word, a number, or a clause break (punctuation that ends a clause). */
export interface Token {
  readonly kind: 'word' | 'number' | 'break';
  readonly text: string;
}

const TOKEN = /(\d+(?:\.\d+)?)(?![\p{L}\d])|([\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*)|([.!?;:,()"«»]|\s-\s)/gu;
const BREAK: Token = { kind: 'break', text: ',' };

/** Splits a text into tokens after normalising it; one-letter words are dropped. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normaliseText(text).matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      tokens.push({ kind: 'number', text: m[1] });
    } else if (m[2] !== undefined) {
      // Possessive 's goes; other apostrophes (Finnish "vaa'an") are dropped inside the word.
      const word = m[2].replace(/'s$/, '').replace(/'/g, '');
      if (word.length > 1) tokens.push({ kind: 'word', text: word });
    } else if (tokens.length > 0 && tokens[tokens.length - 1]!.kind !== 'break') {
      tokens.push(BREAK);
    }
  }
  return tokens;
}
