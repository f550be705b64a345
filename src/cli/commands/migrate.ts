// CLI: `lantern migrate --from PATH.db --to postgres://…`: copies a SQLite workbench into
// PostgreSQL (documents, then accounts, workbench and monitoring tables), with progress on
// stderr. Running it again copies only what is missing.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { copyStore, openPgStore, openStore } from '../../app/index.ts';
import { copySideStores } from '../../app/migrate-store.ts';
import type { SideStores, SideTable } from '../../app/migrate-store.ts';
import { openAccounts } from '../../app/accounts.ts';
import { openMonitor } from '../../app/feeds.ts';
import { openWorkbench } from '../../app/review.ts';
import type { StoreConfig } from '../../app/open-store.ts';
import { LanternError, UnreadableFileError } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../progress.ts';

const LABELS: Record<SideTable, string> = {
  users: 'users', tokens: 'API tokens', audit: 'audit entries', boards: 'boards', corrections: 'corrections',
  feeds: 'feeds', feedItems: 'feed items', watches: 'watches', alerts: 'alerts', references: 'reference records',
};

const RERUN = `
Re-running is safe: documents already in the target are left as they are, and every other row is
added only when the target lacks it (users and API tokens by name and digest, keeping the target's
own; audit entries, corrections and watches by their content and time; boards by id, a newer
source board replacing an older one). Login sessions are not copied: users log in again.`;

function openSide(config: StoreConfig): SideStores {
  return { accounts: openAccounts(config), workbench: openWorkbench(config), monitor: openMonitor(config) };
}

async function closeSide(side: SideStores): Promise<void> {
  await Promise.all([side.accounts.close(), side.workbench.close(), side.monitor.close()]);
}

export function registerMigrate(program: Command, _ctx: CliContext): void {
  program
    .command('migrate')
    .description('copy a SQLite workbench to PostgreSQL: documents, records, entities, mentions, events, transfers, resolver state, '
      + 'users (with password hashes), API tokens, the audit log, boards, corrections, feeds, watchlists, alerts and reference records')
    .requiredOption('--from <path>', 'SQLite database file')
    .requiredOption('--to <url>', 'PostgreSQL URL (postgres://user:password@host/db)')
    .option('--json', 'print a JSON summary')
    .addHelpText('after', RERUN)
    .action(async (flags: { from: string; to: string; json?: boolean }) => {
      if (!/^postgres(?:ql)?:\/\//u.test(flags.to)) throw new LanternError('validation', `--to must be a postgres:// URL, not ${flags.to}`);
      if (!existsSync(flags.from)) throw new UnreadableFileError(flags.from, 'no such SQLite database');
      const from = openStore({ dbPath: flags.from });
      const to = openPgStore(flags.to);
      const fromSide = openSide({ dbPath: flags.from });
      const toSide = openSide({ dbPath: flags.from, pgUrl: flags.to });
      const progress = createProgress();
      try {
        const summary = await copyStore(from, to, (p) => progress.update({ ...p, path: flags.from }));
        progress.stop();
        if (!flags.json) process.stdout.write(`${summary.documents} documents: ${summary.created} copied, ${summary.unchanged} already there, ${summary.updated} updated\n`);
        const side = await copySideStores(fromSide, toSide, (table, copy) => {
          if (!flags.json) process.stdout.write(`${copy.read} ${LABELS[table]}: ${copy.added} copied, ${copy.read - copy.added} already there\n`);
        });
        if (flags.json) printJson({ ...summary, ...side });
      } finally {
        progress.stop();
        await Promise.all([from.close(), to.close(), closeSide(fromSide), closeSide(toSide)]);
      }
    });
}
