import type { TestProject } from 'vitest/node';
import { findTestPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL for the tests, or null when none could be found or started. */
    pgAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const pgServer = await findTestPostgres();
  if (!pgServer) {
    if (process.env.CI === 'true') {
      throw new Error('CI=true but no PostgreSQL could be reached or started: the PostgreSQL tests cannot run');
    }
    process.stdout.write('\nNOTICE: no PostgreSQL found or startable; PostgreSQL tests are SKIPPED.\n\n');
  } else {
    process.stdout.write(`\nPostgreSQL tests use the ${pgServer.source}.\n`);
  }
  project.provide('pgAdminUrl', pgServer?.adminUrl ?? null);
  return async () => {
    await pgServer?.stop();
  };
}
