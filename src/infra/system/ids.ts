import { randomBytes } from 'node:crypto';
import type { IdGenerator } from '../../app/ports.js';

/** 16 random bytes, base32 (lower-case, no padding): opaque, URL-safe and unguessable. */
export const randomIds: IdGenerator = {
  newId() {
    const bytes = randomBytes(16);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    let out = '';
    let bits = 0;
    let value = 0;
    for (const b of bytes) {
      value = (value << 8) | b;
      bits += 8;
      while (bits >= 5) {
        out += alphabet[(value >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
    return out;
  },
};
