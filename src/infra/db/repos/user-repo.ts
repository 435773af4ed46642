import type { Kysely } from 'kysely';
import type { Role, User, UserRepo } from '../../../app/ports.js';
import type { Database } from '../schema.js';

type Row = Database['users'];

const toUser = (r: Row): User => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  isAdmin: r.is_admin === 1,
  mustChangePassword: r.must_change_password === 1,
  createdAt: r.created_at,
});

export class KyselyUserRepo implements UserRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(u: User): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: u.id,
        email: u.email,
        display_name: u.displayName,
        password_hash: u.passwordHash,
        is_admin: u.isAdmin ? 1 : 0,
        must_change_password: u.mustChangePassword ? 1 : 0,
        created_at: u.createdAt,
      })
      .execute();
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async findById(id: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  }

  async grantRole(userId: string, conversationId: string, role: Role): Promise<void> {
    await this.db
      .insertInto('user_roles')
      .values({ user_id: userId, conversation_id: conversationId, role })
      .onConflict((oc) => oc.columns(['user_id', 'conversation_id']).doUpdateSet({ role }))
      .execute();
  }

  async roleIn(userId: string, conversationId: string): Promise<Role | null> {
    const row = await this.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', userId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return (row?.role as Role | undefined) ?? null;
  }

  async rolesOf(userId: string): Promise<{ conversationId: string; role: Role }[]> {
    const rows = await this.db
      .selectFrom('user_roles')
      .select(['conversation_id', 'role'])
      .where('user_id', '=', userId)
      .orderBy('conversation_id')
      .execute();
    return rows.map((r) => ({ conversationId: r.conversation_id, role: r.role as Role }));
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
