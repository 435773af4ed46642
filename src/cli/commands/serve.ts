import { join } from 'node:path';
import { buildServer } from '../../http/server.js';
import { loadConfig } from '../../infra/config.js';
import { seedDemoIfEmpty } from '../../infra/demo/seed-demo.js';
import { leadershipFor } from '../../infra/math/leadership.js';
import { MathHost } from '../../infra/math/math-host.js';
import { rateLimiterFor } from '../../infra/rate-limit/setup.js';
import type { Command } from '../command.js';
import { openRuntime, packageRoot, packageVersion } from '../runtime.js';

/** How long in-flight requests get to finish after SIGTERM or SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web app and the API (migrates the database; seeds the demo on an empty one)',
  usage: 'sopu serve\n\nConfigured by the environment: PORT, HOST, DATA_DIR, DATABASE_URL, SEED_DEMO, LOG_LEVEL, TRUST_PROXY.',
  async run() {
    const config = loadConfig();
    const runtime = await openRuntime(config);
    // Off the request path: a worker thread keeps the vote matrices and stores each result.
    const mathHost = new MathHost({
      store: runtime.store,
      leadership: leadershipFor(config.database),
      log: (msg, err) => process.stderr.write(`${msg}${err ? `: ${err instanceof Error ? err.message : String(err)}` : ''}\n`),
    });
    if (config.seedDemo) {
      const seeded = await seedDemoIfEmpty(runtime);
      if (seeded) {
        process.stdout.write(`\nSeeded the demo conversation "${seeded.conversation.slug}".\n`);
        if (seeded.admin) {
          process.stdout.write(
            `Organizer account: ${seeded.admin.email}\nOne-time password: ${seeded.admin.password}\n` +
              '(shown only now; change it at first login, or create another with `sopu create-admin`)\n\n',
          );
        }
      }
    }
    const app = await buildServer({ ...runtime, resultsEvents: mathHost }, {
      logger: {
        level: config.logLevel,
        // No personal data in logs: no addresses, cookies or query strings.
        serializers: {
          req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        },
      },
      webDir: join(packageRoot, 'dist', 'web'),
      trustProxy: config.trustProxy,
      rateLimiter: rateLimiterFor(config),
      version: packageVersion(),
    });
    await mathHost.start();
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      // A stuck connection must not keep a stopped server alive: acknowledged votes are already stored.
      setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
      await mathHost.stop();
      await app.close();
      await runtime.store.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const address = await app.listen({ port: config.port, host: config.host });
    const db = config.database.dialect === 'sqlite' ? `SQLite at ${config.database.location}` : 'PostgreSQL';
    process.stdout.write(`Sopu is serving ${address} on ${db}\n`);
    return new Promise<number>(() => {});
  },
};
