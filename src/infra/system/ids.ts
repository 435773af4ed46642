import { randomBytes } from 'node:crypto';
import type { IdGenerator } from '../../app/ports.js';

/** Base32 in ASCII order, so that the text of two ids sorts as their bytes do. */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * 16 bytes as 26 base32 characters (lower-case, URL-safe): the creation second, then 12 random
 * bytes (96 bits: unguessable, and never "max + 1").
 *
 * The time first keeps the rows of what is new together in every index on an id: the votes of the
 * participants voting now land on a few pages at the end of the index instead of on a random page
 * each, which is what a busy conversation writes at every commit.
 */
export function newId(nowMs = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUInt32BE(Math.floor(nowMs / 1000) >>> 0, 0);
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export const randomIds: IdGenerator = { newId: () => newId() };
