import { DomainError } from '../../domain/errors.js';
import { SESSION_LIFETIME_MS } from '../session/log-in.js';
import { MIN_PASSWORD_LENGTH } from '../users/create-admin.js';
import type { AppDeps, PasswordHasher, Session, User } from '../ports.js';
import { findOpenInvite } from './find-invite.js';

const MAX_NAME_LENGTH = 100;

/**
 * Accepts an invite: a new account with the given name and password, or, when the address has an
 * account, that account proven by its password. The role is granted (never lowered) and a session
 * opened. One invite makes one acceptance, also under concurrent requests.
 */
export async function acceptInvite(
  deps: AppDeps & { passwords: PasswordHasher },
  input: { tokenHash: string; displayName: string; password: string; sessionTokenHash: string },
): Promise<{ user: User; session: Session }> {
  const { invite, accountExists } = await findOpenInvite(deps, deps.store, input.tokenHash);
  let user: User;
  let created = false;
  if (accountExists) {
    user = (await deps.store.users.findByEmail(invite.email))!;
    if (!(await deps.passwords.verify(user.passwordHash, input.password))) {
      throw new DomainError('invalid_credentials', 'Wrong password for the account of this address');
    }
  } else {
    const displayName = input.displayName.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (displayName.length === 0 || [...displayName].length > MAX_NAME_LENGTH || /\p{Cc}/u.test(displayName)) {
      throw new DomainError('validation_failed', `A name is 1 to ${MAX_NAME_LENGTH} characters`, { field: 'displayName' });
    }
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw new DomainError('validation_failed', `A password has at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    }
    // Hashed before the transaction: argon2 takes a while and must not hold the database.
    user = {
      id: deps.ids.newId(),
      email: invite.email,
      displayName,
      passwordHash: await deps.passwords.hash(input.password),
      isAdmin: false,
      mustChangePassword: false,
      createdAt: deps.clock.now(),
    };
    created = true;
  }
  const now = deps.clock.now();
  const session: Session = { id: input.sessionTokenHash, userId: user.id, createdAt: now, expiresAt: now + SESSION_LIFETIME_MS };
  await deps.store.transaction(async (store) => {
    const open = await findOpenInvite(deps, store, input.tokenHash);
    if (created) {
      if (await store.users.findByEmail(user.email)) throw new DomainError('email_taken', 'That e-mail address has an account');
      await store.users.create(user);
    }
    if (!(await store.invites.markAccepted(open.invite.id, user.id, now))) throw new DomainError('invite_used', 'This invite has been accepted already');
    const current = await store.users.roleIn(user.id, invite.conversationId);
    if (current !== 'organizer') await store.users.grantRole(user.id, invite.conversationId, invite.role);
    await store.sessions.create(session);
    await store.audit.append({
      conversationId: invite.conversationId,
      statementId: null,
      actorUserId: user.id,
      action: 'invite_accepted',
      oldText: null,
      newText: null,
      details: { email: invite.email, role: current === 'organizer' ? current : invite.role, newAccount: created },
      createdAt: now,
    });
  });
  return { user, session };
}
