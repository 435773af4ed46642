import { describe, expect, it } from 'vitest';
import { argon2Passwords } from './passwords.js';

describe('argon2 passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await argon2Passwords.hash('oikea hevonen patteri niitti');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(stored).not.toContain('hevonen');
    expect(await argon2Passwords.verify(stored, 'oikea hevonen patteri niitti')).toBe(true);
    expect(await argon2Passwords.verify(stored, 'väärä')).toBe(false);
    expect(await argon2Passwords.verify('not a hash', 'x')).toBe(false);
  });
});
