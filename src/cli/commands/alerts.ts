// CLI: `lantern alerts`: the newest watchlist alerts, with what matched and the webhook's outcome.

import type { Command } from 'commander';
import { openMonitor } from '../../app/feeds.ts';
import { parseLimit } from '../options.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

export function registerAlerts(program: Command, ctx: CliContext): void {
  program.command('alerts').description('show watchlist alerts, newest first')
    .option('--json', 'print the page as JSON')
    .option('-n, --limit <n>', 'alerts to show', parseLimit, 50)
    .action(async (opts: { json?: boolean; limit: number }) => {
      const monitor = openMonitor(ctx.config());
      try {
        const page = await monitor.listAlerts({ limit: opts.limit, offset: 0 });
        if (opts.json) return printJson(page);
        for (const a of page.items) {
          process.stdout.write(`${a.createdAt}  #${a.id} ${a.kind} "${a.value}"  ${a.documentId}: ${a.matched}${a.webhookStatus ? `  [webhook ${a.webhookStatus}]` : ''}\n`);
        }
        process.stdout.write(`${page.items.length} of ${page.total} alerts\n`);
      } finally {
        await monitor.close();
      }
    });
}
