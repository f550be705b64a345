// CLI: `lantern ingest PATH...`: files, folders and stdin into the database. Unreadable files are
// named with their reason on stderr and make the exit code 1; the rest are stored.

import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ingestPaths, openStore } from '../../app/index.ts';
import { openAccounts } from '../../app/accounts.ts';
import { auditIngest } from '../../app/audit.ts';
import { openMonitor } from '../../app/feeds.ts';
import { alertOnSave } from '../../app/watchlists.ts';
import type { IngestSummary } from '../../app/index.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../progress.ts';

function describe(summary: IngestSummary): string {
  const count = (n: number, word: string) => `${n} ${word}`;
  return [
    count(summary.created.length, 'created'), count(summary.updated.length, 'updated'),
    count(summary.unchanged.length, 'unchanged'), count(summary.failed.length, 'failed'),
  ].join(', ');
}

/** Every stored or replaced document goes into the audit log, attributed to the local shell user. */
function recordIngest(ctx: CliContext, summary: IngestSummary): void {
  if (summary.created.length === 0 && summary.updated.length === 0) return;
  const accounts = openAccounts(ctx.config());
  try {
    auditIngest(accounts, `cli:${userInfo().username}`, summary);
  } finally {
    accounts.close();
  }
}

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read files, folders (recursively) or - (stdin) into the database: .txt .md .html .pdf, RSS/Atom feeds')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--json', 'print a JSON summary (created, updated, unchanged, failed with reasons)')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const store = openStore(ctx.config());
      const monitor = openMonitor(ctx.config());
      const progress = createProgress();
      try {
        const summary = await ingestPaths(store, paths, {
          onProgress: (p) => progress.update(p),
          onSaved: alertOnSave(monitor),
          readStdin: () => ctx.readStdin(),
        });
        progress.stop();
        recordIngest(ctx, summary);
        for (const { path, reason } of summary.failed) process.stderr.write(`lantern: ${path}: ${reason}\n`);
        if (opts.json) printJson(summary);
        else process.stdout.write(`${describe(summary)}\n`);
        if (summary.failed.length > 0) ctx.exitCode = EXIT_CODES.unreadable_file;
      } finally {
        progress.stop();
        monitor.close();
        await store.close();
      }
    });
}
