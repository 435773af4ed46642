import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { cleanStatementText, duplicateKey, textLength } from './text.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('statement text', () => {
  it('normalises to NFC, folds white space and trims', () => {
    expect(cleanStatementText('  A\u0308iti\n\ton   kotona ', 200)).toBe('Äiti on kotona');
    expect(cleanStatementText('Å', 200)).toBe('\u00C5');
  });

  it('counts characters as people do, so emoji and composed letters count once', () => {
    expect(textLength('👍🏽')).toBe(2);
    expect(cleanStatementText('ä'.repeat(200), 200)).toHaveLength(200);
    expect(codeOf(() => cleanStatementText('ä'.repeat(201), 200))).toBe('statement_too_long');
    expect(codeOf(() => cleanStatementText('a\u0308'.repeat(200), 200))).toBeNull();
  });

  it('refuses control characters, bidi overrides, broken Unicode and empty text', () => {
    expect(codeOf(() => cleanStatementText('a\u0000b', 200))).toBe('invalid_text');
    expect(codeOf(() => cleanStatementText('a\u001bb', 200))).toBe('invalid_text');
    expect(codeOf(() => cleanStatementText('abc\u202Edef', 200))).toBe('invalid_text');
    expect(codeOf(() => cleanStatementText('a\uD800b', 200))).toBe('invalid_text');
    expect(codeOf(() => cleanStatementText(' \n ', 200))).toBe('statement_empty');
    expect(cleanStatementText('rivi\nrivi', 200)).toBe('rivi rivi');
  });

  it('gives the same duplicate key whatever the case, spacing and punctuation', () => {
    const key = duplicateKey('Lisää pyöräteitä keskustaan!');
    expect(duplicateKey('lisää   PYÖRÄTEITÄ keskustaan')).toBe(key);
    expect(duplicateKey('Lisää pyöräteitä, keskustaan.')).toBe(key);
    expect(duplicateKey('Lisa\u0308a\u0308 pyöräteitä keskustaan')).toBe(key);
    expect(duplicateKey('Lisää pyöräteitä keskustaan nyt')).not.toBe(key);
    expect(duplicateKey('Vähemmän pyöräteitä keskustaan')).not.toBe(key);
  });
});
