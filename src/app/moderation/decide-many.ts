import { DomainError } from '../../domain/errors.js';
import type { Decision } from '../../domain/statement/moderation.js';
import type { Statement } from '../../domain/statement/statement.js';
import type { AppDeps, User } from '../ports.js';
import { editWording } from './edit-wording.js';
import { moderateStatement } from './moderate-statement.js';

export const MAX_BATCH = 100;

/**
 * One decision for several statements at once, all or none. Publishing may carry a corrected
 * wording (only for a single statement), which is logged before the publication.
 */
export async function decideMany(
  deps: AppDeps,
  input: { slug: string; statementIds: string[]; decision: Decision; correctedText?: string | null; actor: User | null },
): Promise<Statement[]> {
  const ids = [...new Set(input.statementIds)];
  if (ids.length === 0 || ids.length > MAX_BATCH) {
    throw new DomainError('validation_failed', `Decide on 1 to ${MAX_BATCH} statements at a time`);
  }
  if (input.correctedText && (ids.length !== 1 || input.decision.action !== 'publish')) {
    throw new DomainError('validation_failed', 'A corrected wording goes with publishing one statement');
  }
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const decided: Statement[] = [];
    for (const statementId of ids) {
      if (input.correctedText) await editWording(tx, { slug: input.slug, statementId, text: input.correctedText, actor: input.actor });
      decided.push(await moderateStatement(tx, { slug: input.slug, statementId, decision: input.decision, actor: input.actor }));
    }
    return decided;
  });
}
