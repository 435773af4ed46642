import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Times are UTC epoch milliseconds (bigint in PostgreSQL, read
 * back as numbers); booleans are 0/1 integers and JSON is text, so that the same SQL runs on
 * SQLite and PostgreSQL.
 */
export interface Database {
  conversations: {
    id: string;
    slug: string;
    languages: string;
    opens_at: number | null;
    statements_close_at: number | null;
    closes_at: number | null;
    closed_manually: number;
    settings: string;
    created_at: number;
    logo_updated_at: number | null;
  };
  conversation_texts: {
    conversation_id: string;
    lang: string;
    title: string;
    question: string;
    description: string;
    rules: string;
    contact: string;
  };
  statements: {
    id: string;
    conversation_id: string;
    lang: string;
    text: string;
    duplicate_key: string;
    status: string;
    is_seed: number;
    is_meta: number;
    author_participant_id: string | null;
    author_user_id: string | null;
    rejection_reason: string | null;
    rejection_note: string | null;
    duplicate_of: string | null;
    created_at: number;
    decided_at: number | null;
    decided_by: string | null;
  };
  statement_translations: {
    statement_id: string;
    lang: string;
    text: string;
    duplicate_key: string;
    updated_at: number;
    updated_by: string | null;
  };
  participants: {
    id: string;
    conversation_id: string;
    key_hash: string;
    segment: string | null;
    banned_at: number | null;
    created_at: number;
  };
  votes: {
    id: Generated<number>;
    conversation_id: string;
    participant_id: string;
    statement_id: string;
    value: number;
    request_id: string | null;
    created_at: number;
  };
  latest_votes: {
    participant_id: string;
    statement_id: string;
    conversation_id: string;
    value: number;
    updated_at: number;
    /** Order of the first vote on this pair, so exports and the math can replay in casting order. */
    first_vote_id: number;
  };
  users: {
    id: string;
    email: string;
    display_name: string;
    password_hash: string;
    is_admin: number;
    must_change_password: number;
    created_at: number;
  };
  user_roles: {
    user_id: string;
    conversation_id: string;
    role: string;
  };
  sessions: {
    id: string;
    user_id: string;
    created_at: number;
    expires_at: number;
  };
  audit_log: {
    id: Generated<number>;
    conversation_id: string;
    statement_id: string | null;
    actor_user_id: string | null;
    action: string;
    old_text: string | null;
    new_text: string | null;
    details: string;
    created_at: number;
  };
  math_snapshots: {
    id: Generated<number>;
    conversation_id: string;
    version: number;
    created_at: number;
    votes: number;
    participants: number;
    statements: number;
    params: string;
    timings: string;
    result: string;
  };
  invites: {
    id: string;
    token_hash: string;
    conversation_id: string;
    email: string;
    role: string;
    created_by: string | null;
    created_at: number;
    expires_at: number;
    accepted_at: number | null;
    accepted_by: string | null;
  };
  conversation_logos: {
    conversation_id: string;
    content_type: string;
    data: Uint8Array;
    updated_at: number;
  };
}
