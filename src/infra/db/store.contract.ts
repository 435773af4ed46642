import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../app/ports.js';
import { describeConversations } from './store-contract/conversations.contract.js';
import { describeStatements } from './store-contract/statements.contract.js';
import { describeVotes } from './store-contract/votes.contract.js';
import { describeTransactions } from './store-contract/transactions.contract.js';
import { describeUsers } from './store-contract/users.contract.js';
import { describeExports } from './store-contract/exports.contract.js';
import { describeActivity } from './store-contract/activity.contract.js';
import { describeStaffTools } from './store-contract/staff-tools.contract.js';
import { describeAuditAndSnapshots } from './store-contract/audit-and-snapshots.contract.js';

/**
 * The one contract every Store implementation passes, on every database it supports.
 * `open` gives a fresh, migrated, empty store; `close` disposes of it.
 */
export function storeContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ store, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup?.();
    });

    // The suites are declared before beforeAll opens the store, so they get one that looks it up late.
    const lazy = new Proxy({} as Store, { get: (_target, key) => Reflect.get(store, key) });

    it('answers a ping', async () => {
      expect(await store.ping()).toBe(true);
    });

    describeConversations(lazy);
    describeStatements(lazy);
    describeVotes(lazy);
    describeTransactions(lazy);
    describeUsers(lazy);
    describeExports(lazy);
    describeAuditAndSnapshots(lazy);
    describeActivity(lazy);
    describeStaffTools(lazy);
  });
}
