import { createAdmin } from '../../app/users/create-admin.js';
import { loadConfig } from '../../infra/config.js';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { openRuntime } from '../runtime.js';

export const createAdminCommand: Command = {
  name: 'create-admin',
  summary: 'Create an organizer account with rights in every conversation',
  usage:
    'sopu create-admin EMAIL [--name NAME]\n\nPrints a one-time password, to be changed at first login.\n' +
    'Set SOPU_ADMIN_PASSWORD to choose the password instead (at least 12 characters).',
  async run(args) {
    const { options, positional } = parseArgs(args);
    const email = positional[0];
    if (!email) {
      process.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const runtime = await openRuntime(loadConfig());
    try {
      const { user, password, oneTime } = await createAdmin(runtime, {
        email,
        displayName: typeof options.name === 'string' ? options.name : undefined,
        password: process.env.SOPU_ADMIN_PASSWORD || undefined,
      });
      process.stdout.write(`Created organizer ${user.email}\n`);
      if (oneTime) process.stdout.write(`One-time password: ${password}\n(shown only now; change it at first login)\n`);
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};
