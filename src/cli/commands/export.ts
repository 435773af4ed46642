import { requireConversation } from '../../app/conversations/require-conversation.js';
import { ConversationExport } from '../../app/export/conversation-export.js';
import { loadConfig } from '../../infra/config.js';
import { exportFiles, writeExportDir } from '../../infra/polis-export/index.js';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { openRuntime } from '../runtime.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a conversation in the Pol.is export format (CSV files, math.json and export.zip) into a directory',
  usage:
    'sopu export ID DIR [--url URL] [--no-zip]\n\n' +
    'Writes summary.csv, comments.csv, votes.csv, participant-votes.csv, comment-groups.csv, math.json\n' +
    '(once the math has run) and export.zip with all of them into DIR, creating it if needed.\n' +
    'Everything is included, as organizers see it: texts of rejected statements and moderators\' notes too.\n' +
    '  ID          the conversation\'s slug\n' +
    '  --url URL   the conversation\'s public address, for summary.csv (default: none)\n' +
    '  --no-zip    write the files only',
  async run(args) {
    const { options, positional } = parseArgs(args, ['no-zip']);
    const [slug, dir] = positional;
    if (!slug || !dir) {
      process.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const runtime = await openRuntime(loadConfig());
    try {
      const conversation = await requireConversation(runtime.store, slug);
      const exp = await ConversationExport.prepare(runtime, conversation, { full: true });
      const files = exportFiles(exp, { url: typeof options.url === 'string' ? options.url : null });
      const written = await writeExportDir(dir, files, { zip: options['no-zip'] !== true, mtime: exp.exportedAt });
      process.stdout.write(
        `Exported "${conversation.slug}" into ${dir}: ${exp.statements.length} statements, ${exp.participantCount} participants` +
          ` (${written.join(', ')})\n`,
      );
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};
