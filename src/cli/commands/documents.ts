// CLI: `lantern documents`: the stored documents, newest publication first.

import type { Command } from 'commander';
import { listDocuments, openStore } from '../../app/index.ts';
import { parseLimit } from '../options.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

export function registerDocuments(program: Command, ctx: CliContext): void {
  program
    .command('documents')
    .description('list stored documents')
    .option('--json', 'print the page as JSON')
    .option('-n, --limit <n>', 'documents to show', parseLimit, 50)
    .action(async (opts: { json?: boolean; limit: number }) => {
      const store = openStore(ctx.config());
      try {
        const page = await listDocuments(store, { limit: opts.limit });
        if (opts.json) return printJson(page);
        for (const d of page.items) {
          process.stdout.write(`${d.id}  ${d.published ?? '----'}  ${d.title ?? '(untitled)'}  (${d.entityCount} entities)\n`);
        }
        process.stdout.write(`${page.items.length} of ${page.total} documents\n`);
      } finally {
        await store.close();
      }
    });
}
