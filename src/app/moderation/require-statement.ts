import { DomainError } from '../../domain/errors.js';
import type { Statement } from '../../domain/statement/statement.js';
import type { Store } from '../ports.js';

export async function requireStatement(store: Store, conversationId: string, statementId: string): Promise<Statement> {
  const statement = await store.statements.findById(conversationId, statementId);
  if (!statement) throw new DomainError('statement_not_found', 'No such statement in this conversation');
  return statement;
}
