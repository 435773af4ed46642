import { describe, it } from 'vitest';
import { pgAdminUrl, postgresTestStore } from '../../../test/support/databases.js';
import { storeContract } from './store.contract.js';

const adminUrl = pgAdminUrl();
if (adminUrl) {
  storeContract('PostgreSQL', () => postgresTestStore(adminUrl));
} else {
  describe('Store contract: PostgreSQL', () => {
    it.skip('needs a PostgreSQL (none was found or could be started; see the notice above)', () => {});
  });
}
