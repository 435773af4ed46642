import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { makeConversation, makeStatement } from '../../../../test/support/factories.js';

/** The store contract for transactions. */
export function describeTransactions(store: Store) {
  describe('transactions', () => {
    it('rolls back every write when the work fails', async () => {
      const c = await makeConversation(store);
      await expect(
        store.transaction(async (tx) => {
          await makeStatement(tx, c.id, 'Ei jää');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.statements.list(c.id, ['published'])).toEqual([]);
    });
  });
}
