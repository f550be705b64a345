// CLI: `lantern enqueue PATH...`: reads files and folders here and queues one ingest job per
// document, text included, for `lantern worker` processes on any machine.

import type { Command } from 'commander';
import { enqueuePaths, openQueue } from '../../app/index.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';
import { pgUrlOf } from './worker.ts';

export function registerEnqueue(program: Command, ctx: CliContext): void {
  program
    .command('enqueue')
    .description('queue files and folders for `lantern worker` (PostgreSQL); the same text twice is queued once')
    .argument('<paths...>', 'files or folders')
    .option('--pg <url>', 'PostgreSQL URL (default LANTERN_PG_URL)')
    .option('--json', 'print a JSON summary')
    .action(async (paths: string[], flags: { pg?: string; json?: boolean }) => {
      const queue = openQueue(pgUrlOf(flags.pg, ctx));
      try {
        const summary = await enqueuePaths(queue, paths);
        for (const { path, reason } of summary.failed) process.stderr.write(`lantern: ${path}: ${reason}\n`);
        const counts = await queue.counts();
        if (flags.json) printJson({ ...summary, queue: counts });
        else process.stdout.write(`${summary.added} queued (${summary.documents} documents read), ${counts.queued} waiting in the queue\n`);
        if (summary.failed.length > 0) ctx.exitCode = EXIT_CODES.unreadable_file;
      } finally {
        await queue.close();
      }
    });
}
