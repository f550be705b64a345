// CLI: `lantern search QUERY`: full-text search with « »-marked snippets, best match first.

import type { Command } from 'commander';
import { openStore, searchDocuments } from '../../app/index.ts';
import { parseLimit } from '../options.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

export function registerSearch(program: Command, ctx: CliContext): void {
  program
    .command('search')
    .description('full-text search of stored documents, with snippets')
    .argument('<query...>', 'words, "exact phrases", prefix*, OR')
    .option('--json', 'print the result page as JSON')
    .option('-n, --limit <n>', 'hits to show', parseLimit, 10)
    .action(async (words: string[], opts: { json?: boolean; limit: number }) => {
      const store = openStore(ctx.config());
      try {
        const page = await searchDocuments(store, words.join(' '), { limit: opts.limit });
        if (opts.json) return printJson(page);
        for (const hit of page.items) {
          process.stdout.write(`${hit.documentId}  ${hit.title ?? '(untitled)'}  [${hit.score.toPrecision(3)}]\n`);
          process.stdout.write(`  ${hit.snippet.replace(/\s+/gu, ' ')}\n`);
        }
        // An estimated total is a lower bound: "20 of 1000+ documents".
        process.stdout.write(`${page.items.length} of ${page.total}${page.totalIsEstimate ? '+' : ''} documents\n`);
      } finally {
        await store.close();
      }
    });
}
