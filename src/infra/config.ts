import { join, resolve } from 'node:path';
import { targetFrom, type DatabaseTarget } from './db/connect.js';
import { rateLimitsFrom, type RateLimits } from './rate-limit/limits.js';

/** Settings from the environment; the README's configuration table lists the same names and defaults. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  seedDemo: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** Requests per minute per participant and per address; see `rate-limit/limits.ts`. */
  rateLimits: RateLimits;
  /** `SESSION_SECRET`, or null to use (or make) the one in `DATA_DIR/secret`. */
  sessionSecret: string | null;
}

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, not "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL; leave it unset for SQLite under DATA_DIR');
  }
  const database = targetFrom(databaseUrl, join(dataDir, 'sopu.db'));
  database.poolSize = intFrom(env, 'DATABASE_POOL_SIZE', 10, 1, 500);
  return {
    port: intFrom(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir,
    database,
    seedDemo: boolFrom(env, 'SEED_DEMO', true),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: boolFrom(env, 'TRUST_PROXY', false),
    rateLimits: rateLimitsFrom((name, fallback) => intFrom(env, name, fallback, 0, 10_000_000)),
    sessionSecret: secretFrom(env),
  };
}

function secretFrom(env: NodeJS.ProcessEnv): string | null {
  const secret = env.SESSION_SECRET || null;
  if (secret !== null && secret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)');
  return secret;
}
