import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { argon2Passwords } from '../../infra/auth/passwords.js';
import { createAdmin } from './create-admin.js';

describe('creating an administrator', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    h = await appHarness();
  });
  afterEach(() => h.cleanup());

  it('makes a one-time password that must be changed, and stores only its hash', async () => {
    const deps = { ...h.deps, passwords: argon2Passwords };
    const { user, password, oneTime } = await createAdmin(deps, { email: ' Admin@Hel.FI ' });
    expect(oneTime).toBe(true);
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const stored = (await h.db.store.users.findByEmail('admin@hel.fi'))!;
    expect(stored).toMatchObject({ id: user.id, isAdmin: true, mustChangePassword: true });
    expect(stored.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(stored.passwordHash).not.toContain(password);
    expect(await argon2Passwords.verify(stored.passwordHash, password)).toBe(true);
  });

  it('refuses a taken address, a malformed one and a short password', async () => {
    await createAdmin(h.deps, { email: 'a@hel.fi' });
    await expect(createAdmin(h.deps, { email: 'A@hel.fi' })).rejects.toMatchObject({ code: 'email_taken' });
    await expect(createAdmin(h.deps, { email: 'not-an-address' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(createAdmin(h.deps, { email: 'b@hel.fi', password: 'short' })).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await h.db.store.users.count()).toBe(1);
  });
});
