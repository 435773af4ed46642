import { sqliteTestStore } from '../../../test/support/databases.js';
import { storeContract } from './store.contract.js';

storeContract('SQLite', sqliteTestStore);
