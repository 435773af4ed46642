import { DomainError } from '../../domain/errors.js';
import type { AppDeps, PasswordHasher, User } from '../ports.js';
import { MIN_PASSWORD_LENGTH } from '../users/create-admin.js';

/** A new password replaces the old (or one-time) one once the current one is proven. */
export async function changePassword(
  deps: AppDeps & { passwords: PasswordHasher },
  input: { user: User | null; currentPassword: string; newPassword: string },
): Promise<void> {
  if (!input.user) throw new DomainError('not_authenticated', 'Log in first');
  if (!(await deps.passwords.verify(input.user.passwordHash, input.currentPassword))) {
    throw new DomainError('invalid_credentials', 'The current password is wrong');
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('validation_failed', `A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (input.newPassword === input.currentPassword) throw new DomainError('validation_failed', 'Choose a new password');
  await deps.store.users.setPassword(input.user.id, await deps.passwords.hash(input.newPassword), false);
}
