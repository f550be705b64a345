// App: feeds. Subscriptions live in the monitoring store; a poll fetches each feed conditionally,
// turns new items into documents (their article pages when readable) and ingests them through the
// ingest use-case, whose after-save callback raises watchlist alerts.

import { ValidationError } from '../model/index.ts';
import type { Store } from '../model/index.ts';
import { fetchFeed, feedItemDocument, feedItemId } from '../ingest/feed-poll.ts';
import type { FetchGuardOptions } from '../ingest/fetch-guard.ts';
import { createMonitorStore } from '../store/index.ts';
import type { FeedRow, MonitorStore } from '../store/index.ts';
import { ingestDocuments } from './ingest-paths.ts';
import type { IngestOptions } from './ingest-paths.ts';
import { storeOptions } from './open-store.ts';
import type { StoreConfig } from './open-store.ts';

export type { FeedRow, MonitorStore };

/** Feeds, watchlists, alerts and references, beside the documents: same SQLite file or PostgreSQL database. */
export function openMonitor(config: StoreConfig): MonitorStore {
  return createMonitorStore(storeOptions(config));
}

/** Subscribes to a feed. @throws ValidationError for anything but an http(s) address */
export async function addFeed(monitor: MonitorStore, url: string): Promise<FeedRow> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ValidationError(`not a feed address: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ValidationError(`feeds are fetched over http or https, not ${parsed.protocol}`);
  return monitor.addFeed(parsed.href);
}

export interface PollOptions extends Pick<IngestOptions, 'extract' | 'onSaved'> {
  guard?: FetchGuardOptions;
}

export interface FeedPollResult {
  url: string;
  status: 'ok' | 'not-modified' | 'failed';
  newItems: number;
  created: number;
  reason?: string;
}

async function pollOne(store: Store, monitor: MonitorStore, feed: FeedRow, options: PollOptions): Promise<FeedPollResult> {
  const fetched = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, options.guard);
  if (fetched.status === 'not-modified') {
    await monitor.recordPoll(feed.id, { etag: null, lastModified: null, status: 'not modified' });
    return { url: feed.url, status: 'not-modified', newItems: 0, created: 0 };
  }
  const fresh = [];
  for (const item of fetched.items) if (!(await monitor.hasItem(feed.id, item.key))) fresh.push(item);
  let created = 0;
  for (const item of fresh) {
    const doc = await feedItemDocument(feed.url, item, options.guard);
    const [outcome] = await ingestDocuments(store, [doc], options);
    if (outcome === 'created') created++;
    await monitor.markItem(feed.id, item.key, feedItemId(feed.url, item));
  }
  await monitor.recordPoll(feed.id, { ...fetched.validators, status: `ok, ${fresh.length} new` });
  return { url: feed.url, status: 'ok', newItems: fresh.length, created };
}

/** Polls every feed once; one failing feed is reported and the others go on. */
export async function pollFeeds(store: Store, monitor: MonitorStore, options: PollOptions = {}): Promise<FeedPollResult[]> {
  const results: FeedPollResult[] = [];
  for (const feed of await monitor.listFeeds()) {
    try {
      results.push(await pollOne(store, monitor, feed, options));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await monitor.recordPoll(feed.id, { etag: null, lastModified: null, status: `failed: ${reason}` });
      results.push({ url: feed.url, status: 'failed', newItems: 0, created: 0, reason });
    }
  }
  return results;
}

/** Runs `round` now and then every `minutes` until the signal aborts. */
export async function pollEvery(minutes: number, signal: AbortSignal, round: () => Promise<void>): Promise<void> {
  if (!(minutes > 0)) throw new ValidationError('--every needs a positive number of minutes');
  while (!signal.aborted) {
    await round();
    await new Promise<void>((done) => {
      const timer = setTimeout(done, minutes * 60_000);
      signal.addEventListener('abort', () => { clearTimeout(timer); done(); }, { once: true });
    });
  }
}
