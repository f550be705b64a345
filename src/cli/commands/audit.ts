// CLI: `lantern audit`: the audit log (ingests, corrections, merges, user changes), newest first.

import type { Command } from 'commander';
import { openAccounts } from '../../app/accounts.ts';
import { listAudit } from '../../app/audit.ts';
import { parseLimit } from '../options.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

export function registerAudit(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description('show the audit log, newest first')
    .option('--json', 'print the page as JSON')
    .option('-n, --limit <n>', 'entries to show', parseLimit, 50)
    .action(async (opts: { json?: boolean; limit: number }) => {
      const accounts = openAccounts(ctx.config());
      try {
        const page = await listAudit(accounts, { limit: opts.limit, offset: 0 });
        if (opts.json) return printJson(page);
        for (const e of page.items) {
          process.stdout.write(`${e.at}  ${e.actor}  ${e.action}  ${e.subject}${e.detail ? `  ${e.detail}` : ''}\n`);
        }
        process.stdout.write(`${page.items.length} of ${page.total} entries\n`);
      } finally {
        await accounts.close();
      }
    });
}
