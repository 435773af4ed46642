import { DomainError } from '../../domain/errors.js';
import type { AppDeps, PasswordHasher, Session, User } from '../ports.js';

/** Staff sessions end after this long, however active: a shared office computer must not stay logged in. */
export const SESSION_LIFETIME_MS = 12 * 3_600_000;

// Verified when the address is unknown, so that a wrong address takes as long as a wrong password.
let decoyHash: Promise<string> | null = null;

/**
 * Checks e-mail and password and opens a session whose id is the hash of a token only the browser
 * holds. The same answer for an unknown address and a wrong password.
 */
export async function logIn(
  deps: AppDeps & { passwords: PasswordHasher },
  input: { email: string; password: string; sessionTokenHash: string },
): Promise<{ user: User; session: Session }> {
  const user = await deps.store.users.findByEmail(input.email.trim().toLowerCase());
  decoyHash ??= deps.passwords.hash('decoy password for timing');
  const ok = await deps.passwords.verify(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user || !ok) throw new DomainError('invalid_credentials', 'Wrong e-mail address or password');
  const now = deps.clock.now();
  const session: Session = { id: input.sessionTokenHash, userId: user.id, createdAt: now, expiresAt: now + SESSION_LIFETIME_MS };
  await deps.store.sessions.create(session);
  await deps.store.sessions.deleteExpired(now);
  return { user, session };
}

/** The user behind a session id, or null when it is unknown or expired. */
export async function userForSession(deps: AppDeps, sessionId: string | null): Promise<User | null> {
  if (!sessionId) return null;
  const session = await deps.store.sessions.find(sessionId);
  if (!session || session.expiresAt <= deps.clock.now()) return null;
  return deps.store.users.findById(session.userId);
}
