import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../app/ports.js';

/** argon2id (the library's default algorithm) with OWASP's recommended minimum: 19 MiB, 2 passes. */
export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};
