#!/usr/bin/env node
import { DomainError } from '../domain/errors.js';
import { ConfigError } from '../infra/config.js';
import type { Command } from './command.js';
import { backupCommand } from './commands/backup.js';
import { createAdminCommand } from './commands/create-admin.js';
import { exportCommand } from './commands/export.js';
import { importPolisCommand } from './commands/import-polis.js';
import { mathCommand } from './commands/math.js';
import { migrateCommand } from './commands/migrate.js';
import { serveCommand } from './commands/serve.js';

const commands: Command[] = [serveCommand, migrateCommand, createAdminCommand, importPolisCommand, exportCommand, mathCommand, backupCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: sopu <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'sopu help <command> shows a command\'s options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && !rest[0])) {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  if (name === 'help' || rest.includes('--help')) {
    const target = commands.find((c) => c.name === (name === 'help' ? rest[0] : name));
    process.stdout.write(`${target ? target.usage : help()}\n`);
    return target ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${help()}\n`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DomainError) {
      process.stderr.write(`sopu: ${err.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`sopu: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
