import { randomBytes } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import type { AppDeps, PasswordHasher, User } from '../ports.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 12;

/** A password a person can type from the console once: 20 characters of an unambiguous alphabet. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * An instance administrator: an organizer of every conversation. Without a password a one-time
 * password is made, to be shown once and changed at first login.
 */
export async function createAdmin(
  deps: AppDeps & { passwords: PasswordHasher },
  input: { email: string; displayName?: string; password?: string },
): Promise<{ user: User; password: string; oneTime: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new DomainError('validation_failed', 'Not an e-mail address');
  const oneTime = input.password === undefined;
  const password = input.password ?? oneTimePassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('validation_failed', `A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const user: User = {
    id: deps.ids.newId(),
    email,
    displayName: input.displayName?.trim() || email.split('@')[0]!,
    passwordHash: await deps.passwords.hash(password),
    isAdmin: true,
    mustChangePassword: oneTime,
    createdAt: deps.clock.now(),
  };
  await deps.store.transaction(async (store) => {
    if (await store.users.findByEmail(email)) throw new DomainError('email_taken', 'That e-mail address has an account');
    await store.users.create(user);
  });
  return { user, password, oneTime };
}
