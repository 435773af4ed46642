import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE = 'secret';

/**
 * The server's secret: `SESSION_SECRET` when set, otherwise one made on first start and kept in
 * `DATA_DIR/secret` (readable by its owner only). Several app processes on one PostgreSQL need the
 * same secret, so there it should come from `SESSION_SECRET`.
 */
export function sessionSecret(fromEnv: string | null, dataDir: string): string {
  if (fromEnv) return fromEnv;
  const file = join(dataDir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    // 'wx': when two processes start at once, the second keeps the first one's secret.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
