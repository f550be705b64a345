// CLI: `lantern worker`: claims ingest jobs from the PostgreSQL queue and stores the results there.
// Start it on any number of machines; SIGINT/SIGTERM stop claiming and let in-flight jobs finish.

import type { Command } from 'commander';
import { ExtractPool, openPgStore, openQueue, runWorker, WorkerResolution } from '../../app/index.ts';
import { LanternError } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

interface WorkerFlags {
  pg?: string;
  concurrency: string;
  batch: string;
  threads: string;
  lease: string;
  drain?: boolean;
  json?: boolean;
}

/** A flag that must be a positive integer. */
export function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new LanternError('validation', `${flag} must be a positive integer, not ${value}`);
  return n;
}

/** The PostgreSQL URL from the flag (named `flagName` in the message), else LANTERN_PG_URL. */
export function pgUrlOf(flag: string | undefined, ctx: CliContext, flagName = '--pg'): string {
  const url = flag ?? ctx.config().pgUrl;
  if (!url) throw new LanternError('validation', `no PostgreSQL database: pass ${flagName} URL or set LANTERN_PG_URL`);
  return url;
}

export function registerWorker(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('work the PostgreSQL ingest queue: claim jobs, extract, store (run on any number of machines)')
    .option('--pg <url>', 'PostgreSQL URL (default LANTERN_PG_URL)')
    .option('--concurrency <n>', 'batches in flight at once (one extracts while another is saved)', '2')
    .option('--batch <n>', 'jobs claimed together and saved in one transaction', '8')
    .option('--threads <n>', 'extraction threads (0: extract on the main thread)', '0')
    .option('--lease <seconds>', 'lease on a claimed job, renewed while it runs', '30')
    .option('--drain', 'exit once the queue is empty instead of waiting for more')
    .option('--json', 'print a JSON summary when done')
    .action(async (flags: WorkerFlags) => {
      const url = pgUrlOf(flags.pg, ctx);
      const concurrency = positive(flags.concurrency, '--concurrency');
      const batch = positive(flags.batch, '--batch');
      const threads = flags.threads === '0' ? 0 : positive(flags.threads, '--threads');
      const leaseMs = positive(flags.lease, '--lease') * 1000;
      const queue = openQueue(url);
      const store = openPgStore(url, concurrency + 1, false);
      const pool = threads > 0 ? new ExtractPool(threads) : undefined;
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const resolver = new WorkerResolution(queue, store, (error) => {
          process.stderr.write(`resolution failed, left to the next read: ${error instanceof Error ? error.message : String(error)}\n`);
        });
        const summary = await runWorker({
          queue, store, concurrency, batch, leaseMs, pool, drain: flags.drain, signal: stop.signal,
          onStored: (processed) => resolver.stored(processed), onIdle: () => resolver.idle(),
        });
        await resolver.settled();
        if (flags.json) printJson(summary);
        else process.stdout.write(`${summary.processed} processed, ${summary.failed} failed\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await pool?.close();
        await store.close();
        await queue.close();
      }
    });
}
