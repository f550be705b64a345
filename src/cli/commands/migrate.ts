// CLI: `lantern migrate --from PATH.db --to postgres://…`: copies a SQLite workbench into
// PostgreSQL, with a progress line on stderr. Running it again copies only what is missing.

import type { Command } from 'commander';
import { copyStore, openPgStore, openStore } from '../../app/index.ts';
import { LanternError } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../progress.ts';

export function registerMigrate(program: Command, _ctx: CliContext): void {
  program
    .command('migrate')
    .description('copy a SQLite workbench (documents, records, entities, mentions, events, transfers, resolver state) to PostgreSQL')
    .requiredOption('--from <path>', 'SQLite database file')
    .requiredOption('--to <url>', 'PostgreSQL URL (postgres://user:password@host/db)')
    .option('--json', 'print a JSON summary')
    .action(async (flags: { from: string; to: string; json?: boolean }) => {
      if (!/^postgres(?:ql)?:\/\//u.test(flags.to)) throw new LanternError('validation', `--to must be a postgres:// URL, not ${flags.to}`);
      const from = openStore({ dbPath: flags.from });
      const to = openPgStore(flags.to);
      const progress = createProgress();
      try {
        const summary = await copyStore(from, to, (p) => progress.update({ ...p, path: flags.from }));
        progress.stop();
        if (flags.json) printJson(summary);
        else process.stdout.write(`${summary.documents} documents: ${summary.created} copied, ${summary.unchanged} already there, ${summary.updated} updated\n`);
      } finally {
        progress.stop();
        await from.close();
        await to.close();
      }
    });
}
