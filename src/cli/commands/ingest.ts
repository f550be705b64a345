// CLI: `lantern ingest PATH...`: files, folders and stdin into the database, extracting on
// --threads N threads or queueing for `lantern worker`s with --queue. Unreadable files are named
// with their reason on stderr and make the exit code 1; the rest are stored (or queued).

import { availableParallelism, userInfo } from 'node:os';
import type { Command } from 'commander';
import { enqueuePaths, ingestPaths, ingestPathsThreaded, openQueue, openStore } from '../../app/index.ts';
import { openAccounts } from '../../app/accounts.ts';
import { auditIngest } from '../../app/audit.ts';
import { openMonitor } from '../../app/feeds.ts';
import { alertOnSave } from '../../app/watchlists.ts';
import type { IngestProgress, IngestSummary } from '../../app/index.ts';
import { LanternError } from '../../model/index.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../progress.ts';
import { pgUrlOf, positive } from './worker.ts';

interface IngestFlags {
  json?: boolean;
  threads: string;
  queue?: boolean;
  pgUrl?: string;
}

/** --threads: a positive integer, or "auto" for one thread per core. */
function threadsOf(value: string): number {
  return value === 'auto' ? availableParallelism() : positive(value, '--threads');
}

function describe(summary: IngestSummary): string {
  const count = (n: number, word: string) => `${n} ${word}`;
  return [
    count(summary.created.length, 'created'), count(summary.updated.length, 'updated'),
    count(summary.unchanged.length, 'unchanged'), count(summary.failed.length, 'failed'),
  ].join(', ');
}

/** Every stored or replaced document goes into the audit log, attributed to the local shell user. */
async function recordIngest(ctx: CliContext, summary: IngestSummary): Promise<void> {
  if (summary.created.length === 0 && summary.updated.length === 0) return;
  const accounts = openAccounts(ctx.config());
  try {
    await auditIngest(accounts, `cli:${userInfo().username}`, summary);
  } finally {
    await accounts.close();
  }
}

/** --queue: read the files here, queue their documents, and tell how to start workers. */
async function queueIngest(ctx: CliContext, paths: string[], opts: { json?: boolean | undefined; pgUrl: string }): Promise<void> {
  const queue = openQueue(opts.pgUrl);
  try {
    const summary = await enqueuePaths(queue, paths);
    const counts = await queue.counts();
    for (const { path, reason } of summary.failed) process.stderr.write(`lantern: ${path}: ${reason}\n`);
    if (opts.json) printJson({ ...summary, queue: counts });
    else {
      const already = summary.documents - summary.added;
      process.stdout.write(`${summary.added} queued${already > 0 ? ` (${already} already queued)` : ''}, ${summary.failed.length} failed, ${counts.queued} waiting in the queue\n`);
      process.stdout.write('start workers on any machine with LANTERN_PG_URL set to this database: lantern worker [--threads N] [--drain]\n');
    }
    if (summary.failed.length > 0) ctx.exitCode = EXIT_CODES.unreadable_file;
  } finally {
    await queue.close();
  }
}

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read files, folders (recursively) or - (stdin) into the database: .txt .md .html .pdf, RSS/Atom feeds')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--json', 'print a JSON summary (created, updated, unchanged, failed with reasons)')
    .option('--threads <n|auto>', 'extract on N worker threads while this thread writes the database (auto: one per core)', '1')
    .option('--queue', 'do not extract here: queue one job per document on PostgreSQL for `lantern worker`s to claim')
    .option('--pg-url <url>', 'with --queue: the PostgreSQL database of the queue (default LANTERN_PG_URL)')
    .action(async (paths: string[], opts: IngestFlags) => {
      const threads = threadsOf(opts.threads);
      if (opts.queue) {
        if (opts.threads !== '1') throw new LanternError('validation', '--queue and --threads do not mix: workers choose their own threads');
        await queueIngest(ctx, paths, { json: opts.json, pgUrl: pgUrlOf(opts.pgUrl, ctx, '--pg-url') });
        return;
      }
      if (opts.pgUrl) throw new LanternError('validation', '--pg-url goes with --queue');
      const store = openStore(ctx.config());
      const monitor = openMonitor(ctx.config());
      const progress = createProgress();
      try {
        const options = { onProgress: (p: IngestProgress) => progress.update(p), onSaved: alertOnSave(monitor), readStdin: () => ctx.readStdin() };
        const summary = threads > 1 ? await ingestPathsThreaded(store, paths, { ...options, threads }) : await ingestPaths(store, paths, options);
        progress.stop();
        await recordIngest(ctx, summary);
        for (const { path, reason } of summary.failed) process.stderr.write(`lantern: ${path}: ${reason}\n`);
        if (opts.json) printJson(summary);
        else process.stdout.write(`${describe(summary)}\n`);
        if (summary.failed.length > 0) ctx.exitCode = EXIT_CODES.unreadable_file;
      } finally {
        progress.stop();
        await monitor.close();
        await store.close();
      }
    });
}
