import { basename } from 'node:path';
import { isLang } from '../../domain/languages.js';
import { loadConfig } from '../../infra/config.js';
import { readPolisExport } from '../../infra/polis/index.js';
import { importPolisConversation } from '../../infra/polis-import/import-polis.js';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { openRuntime } from '../runtime.js';

export const importPolisCommand: Command = {
  name: 'import-polis',
  summary: 'Import a Pol.is export directory as a closed conversation, statements and votes included',
  usage:
    'sopu import-polis DIR [--slug S] [--lang fi|sv|en] [--title T] [--strict]\n\n' +
    'DIR holds comments.csv and votes.csv (or participant-votes.csv / participants-votes.csv).\n' +
    '  --slug S     the new conversation\'s address (default: the directory name)\n' +
    '  --lang L     the language it was held in (default en)\n' +
    '  --title T    its title (default: the slug)\n' +
    '  --strict     keep unmoderated statements pending (Pol.is strict moderation)',
  async run(args) {
    const { options, positional } = parseArgs(args, ['strict']);
    const dir = positional[0];
    if (!dir) {
      process.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const slug = typeof options.slug === 'string' ? options.slug : basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
    const lang = typeof options.lang === 'string' ? options.lang : 'en';
    if (!isLang(lang)) {
      process.stderr.write('--lang is fi, sv or en\n');
      return 2;
    }
    const polis = readPolisExport(dir);
    const runtime = await openRuntime(loadConfig());
    try {
      const summary = await importPolisConversation(runtime, polis, {
        slug,
        lang,
        title: typeof options.title === 'string' ? options.title : slug,
        strict: options.strict === true,
      });
      process.stdout.write(
        `Imported "${summary.conversation.slug}": ${summary.statements} statements, ${summary.participants} participants, ${summary.votes} votes\n`,
      );
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};
