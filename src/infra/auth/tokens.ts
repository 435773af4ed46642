import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a browser or session token: its SHA-256. A copy of the database alone
 * cannot be used to act as a participant or a moderator.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}
