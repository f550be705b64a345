// CLI: `lantern entities [QUERY]`: canonical entities across documents, most mentioned first.

import type { Command } from 'commander';
import { Option } from 'commander';
import { findEntities, openStore } from '../../app/index.ts';
import type { EntityType } from '../../model/index.ts';
import { parseLimit } from '../options.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'group', 'media', 'equipment'];

export function registerEntities(program: Command, ctx: CliContext): void {
  program
    .command('entities')
    .description('list entities, optionally those whose name contains QUERY')
    .argument('[query]', 'part of a name or alias')
    .addOption(new Option('-t, --type <type>', 'only this type').choices(TYPES))
    .option('--json', 'print the page as JSON')
    .option('-n, --limit <n>', 'entities to show', parseLimit, 50)
    .action(async (query: string | undefined, opts: { json?: boolean; limit: number; type?: EntityType }) => {
      const store = openStore(ctx.config());
      try {
        const page = await findEntities(store, {
          limit: opts.limit, ...(query ? { q: query } : {}), ...(opts.type ? { type: opts.type } : {}),
        });
        if (opts.json) return printJson(page);
        for (const e of page.items) {
          process.stdout.write(`${e.type.padEnd(12)} ${e.name}  (${e.documentCount} docs, ${e.mentionCount} mentions)  ${e.id}\n`);
        }
        process.stdout.write(`${page.items.length} of ${page.total} entities\n`);
      } finally {
        await store.close();
      }
    });
}
