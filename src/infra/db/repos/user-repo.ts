import type { Kysely } from 'kysely';
import type { ConversationMember, RevokeRoleOutcome, Role, User, UserRepo } from '../../../app/ports.js';
import type { SqlDialectName } from '../dialect.js';
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
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: SqlDialectName,
  ) {}

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

  async membersOf(conversationId: string): Promise<ConversationMember[]> {
    const rows = await this.db
      .selectFrom('user_roles')
      .innerJoin('users', 'users.id', 'user_roles.user_id')
      .select(['users.id', 'users.email', 'users.display_name', 'user_roles.role'])
      .where('user_roles.conversation_id', '=', conversationId)
      .execute();
    return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, role: r.role as Role }));
  }

  async revokeRole(userId: string, conversationId: string): Promise<RevokeRoleOutcome> {
    const revoke = async (db: Kysely<Database>): Promise<RevokeRoleOutcome> => {
      // The organizers' rows are locked, in one order, before they are counted: a removal running at
      // the same time waits, then counts what is left. (On SQLite a transaction has the database to
      // itself already.)
      let organizers = db
        .selectFrom('user_roles')
        .select('user_id')
        .where('conversation_id', '=', conversationId)
        .where('role', '=', 'organizer')
        .orderBy('user_id');
      if (this.dialect === 'postgres') organizers = organizers.forUpdate();
      const organizerIds = (await organizers.execute()).map((r) => r.user_id);
      if (organizerIds.includes(userId) && organizerIds.length === 1) return 'last_organizer';
      const res = await db
        .deleteFrom('user_roles')
        .where('user_id', '=', userId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return Number(res.numDeletedRows) === 1 ? 'removed' : 'no_role';
    };
    return this.db.isTransaction ? revoke(this.db) : this.db.transaction().execute(revoke);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
