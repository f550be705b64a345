// CLI: `lantern import sipri|acled FILE`: reference rows from the SIPRI trade register or an ACLED
// export, kept beside extracted transfers and events and linked to them when they agree.

import type { Command } from 'commander';
import { openMonitor } from '../../app/feeds.ts';
import { importReferences } from '../../app/references.ts';
import type { CliContext } from '../context.ts';

export function registerImport(program: Command, ctx: CliContext): void {
  program.command('import').description('import reference records (SIPRI trade register or ACLED events CSV)')
    .argument('<dataset>', 'sipri|acled')
    .argument('<file>', 'CSV file')
    .action(async (dataset: string, file: string) => {
      const monitor = openMonitor(ctx.config());
      try {
        const { read, added } = await importReferences(monitor, dataset, file);
        process.stdout.write(`${read} ${dataset} rows read, ${added} new\n`);
      } finally {
        await monitor.close();
      }
    });
}
