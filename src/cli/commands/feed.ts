// CLI: `lantern feed add|list|remove|poll`: subscribe to RSS/Atom feeds and poll them, once or every
// N minutes; new items are ingested and matched against the watchlists.

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { addFeed, openMonitor, pollEvery, pollFeeds } from '../../app/feeds.ts';
import { openStore } from '../../app/index.ts';
import { alertOnSave } from '../../app/watchlists.ts';
import { NotFoundError } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

function parseMinutes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of minutes');
  return n;
}

export function registerFeed(program: Command, ctx: CliContext): void {
  const feed = program.command('feed').description('subscribe to RSS/Atom feeds and poll them');
  feed.command('add').argument('<url>', 'feed address (http or https)').description('subscribe to a feed').action(async (url: string) => {
    const monitor = openMonitor(ctx.config());
    try {
      const row = await addFeed(monitor, url);
      process.stdout.write(`feed ${row.id}: ${row.url}\n`);
    } finally {
      await monitor.close();
    }
  });
  feed.command('list').option('--json', 'print JSON').description('list subscribed feeds').action(async (opts: { json?: boolean }) => {
    const monitor = openMonitor(ctx.config());
    try {
      const feeds = await monitor.listFeeds();
      if (opts.json) return printJson(feeds);
      for (const f of feeds) process.stdout.write(`${f.id}  ${f.url}  ${f.polledAt ?? 'never polled'}  ${f.lastStatus ?? ''}\n`);
    } finally {
      await monitor.close();
    }
  });
  feed.command('remove').argument('<feed>', 'id or address').description('unsubscribe').action(async (which: string) => {
    const monitor = openMonitor(ctx.config());
    try {
      if (!(await monitor.removeFeed(which))) throw new NotFoundError('feed', which);
      process.stdout.write(`removed ${which}\n`);
    } finally {
      await monitor.close();
    }
  });
  feed.command('poll').description('fetch new items of every feed and ingest them')
    .option('--every <minutes>', 'keep polling at this interval until interrupted', parseMinutes)
    .action(async (opts: { every?: number }) => {
      const store = openStore(ctx.config());
      const monitor = openMonitor(ctx.config());
      const round = async () => {
        for (const r of await pollFeeds(store, monitor, { onSaved: alertOnSave(monitor) })) {
          process.stdout.write(`${new Date().toISOString()} ${r.url}: ${r.status}${r.status === 'ok' ? `, ${r.newItems} new, ${r.created} stored` : ''}${r.reason ? ` (${r.reason})` : ''}\n`);
          if (r.status === 'failed') ctx.exitCode = 1;
        }
      };
      try {
        if (opts.every === undefined) return await round();
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        await pollEvery(opts.every, stop.signal, round);
      } finally {
        await monitor.close();
        await store.close();
      }
    });
}
