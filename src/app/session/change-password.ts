import { DomainError } from '../../domain/errors.js';
import type { AppDeps, PasswordHasher, User } from '../ports.js';
import { MIN_PASSWORD_LENGTH } from '../users/create-admin.js';

/**
 * A new password replaces the old (or one-time) one once the current one is proven. The user's
 * other sessions end with it: one opened with a stolen password or cookie must not outlive the
 * change. The session that made the change stays signed in.
 */
export async function changePassword(
  deps: AppDeps & { passwords: PasswordHasher },
  input: { user: User | null; sessionId: string | null; currentPassword: string; newPassword: string },
): Promise<void> {
  const { user, sessionId } = input;
  if (!user || !sessionId) throw new DomainError('not_authenticated', 'Log in first');
  if (!(await deps.passwords.verify(user.passwordHash, input.currentPassword))) {
    throw new DomainError('invalid_credentials', 'The current password is wrong');
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('validation_failed', `A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (input.newPassword === input.currentPassword) throw new DomainError('validation_failed', 'Choose a new password');
  const hash = await deps.passwords.hash(input.newPassword);
  await deps.store.transaction(async (store) => {
    await store.users.setPassword(user.id, hash, false);
    await store.sessions.deleteOthersOfUser(user.id, sessionId);
  });
}
