// The audit log: who did what to a conversation, and when.

export interface AuditEntry {
  conversationId: string;
  statementId: string | null;
  actorUserId: string | null;
  action: string;
  oldText: string | null;
  newText: string | null;
  details: Record<string, unknown>;
  createdAt: number;
}

/** An audit entry read back, with the actor's display name (null once the account is gone). */
export interface AuditRecord extends AuditEntry {
  actorName: string | null;
}

/** An audit entry on a page of the log, with its id (the paging cursor) and the statement's current text. */
export interface AuditPageEntry extends AuditRecord {
  id: number;
  statementText: string | null;
}

/** One page of the log, newest first; `nextBefore` continues it, null when nothing older is left. */
export interface AuditPage {
  entries: AuditPageEntry[];
  nextBefore: number | null;
}

export interface AuditRepo {
  append(entry: AuditEntry): Promise<void>;
  /** The whole log, oldest first. */
  list(conversationId: string): Promise<AuditRecord[]>;
  /** At most `limit` entries older than the entry `before` (all when null), newest first. */
  page(conversationId: string, options: { limit: number; before: number | null }): Promise<AuditPage>;
}
