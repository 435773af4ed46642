import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('defaults to SQLite under ./data on 127.0.0.1:8080', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', seedDemo: true, trustProxy: false });
    expect(c.database.dialect).toBe('sqlite');
    expect(c.database.location).toMatch(/data\/sopu\.db$/);
  });

  it('uses PostgreSQL when DATABASE_URL names one', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/sopu', PORT: '9000', SEED_DEMO: 'false' });
    expect(c.database).toMatchObject({ dialect: 'postgres', location: 'postgres://u@db:5432/sopu' });
    expect(c.port).toBe(9000);
    expect(c.seedDemo).toBe(false);
  });

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });
});
