// CLI: `lantern watch add|list|remove`: watchlists of entities, keywords, event types and
// transferred items; newly ingested documents that match raise alerts (and webhooks).

import type { Command } from 'commander';
import { openMonitor } from '../../app/feeds.ts';
import { addWatch, WATCH_KINDS } from '../../app/watchlists.ts';
import { NotFoundError } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

export function registerWatch(program: Command, ctx: CliContext): void {
  const watch = program.command('watch').description('watchlists: alerts when new documents match');
  watch.command('add').description('watch an entity, keyword, event type or transferred item')
    .argument('<kind>', WATCH_KINDS.join('|'))
    .argument('<value>', 'name, word, event type or item')
    .option('--webhook <url>', 'POST each alert as JSON to this address')
    .action(async (kind: string, value: string, opts: { webhook?: string }) => {
      const monitor = openMonitor(ctx.config());
      try {
        const row = await addWatch(monitor, kind, value, opts.webhook ?? null);
        process.stdout.write(`watch ${row.id}: ${row.kind} "${row.value}"${row.webhook ? ` -> ${row.webhook}` : ''}\n`);
      } finally {
        await monitor.close();
      }
    });
  watch.command('list').option('--json', 'print JSON').description('list watches').action(async (opts: { json?: boolean }) => {
    const monitor = openMonitor(ctx.config());
    try {
      const rows = await monitor.listWatches();
      if (opts.json) return printJson(rows);
      for (const w of rows) process.stdout.write(`${w.id}  ${w.kind.padEnd(8)} ${w.value}${w.webhook ? `  -> ${w.webhook}` : ''}\n`);
    } finally {
      await monitor.close();
    }
  });
  watch.command('remove').argument('<id>', 'watch id').description('remove a watch and its alerts').action(async (id: string) => {
    const monitor = openMonitor(ctx.config());
    try {
      if (!(await monitor.removeWatch(Number(id)))) throw new NotFoundError('watch', id);
      process.stdout.write(`removed watch ${id}\n`);
    } finally {
      await monitor.close();
    }
  });
}
