// App: the distributed ingest queue, worker side. Claims jobs in batches with a lease, keeps the
// lease alive with a heartbeat while it works, and saves each batch in one store transaction, whose
// content-hash check makes a job run twice (after a crash before completion) store its document once.

import { hostname } from 'node:os';
import type { SaveItem, SaveOutcome, Store } from '../model/index.ts';
import type { ClaimedJob, PgJobQueue } from '../store/index.ts';
import { extractDocument } from './extract-document.ts';
import { INGEST_JOB, readIngestPayload } from './queue.ts';
import type { ExtractPool } from './worker-pool.ts';

export interface WorkerOptions {
  queue: PgJobQueue;
  store: Store;
  /** Batches in flight at once. */
  concurrency?: number;
  /** Jobs claimed together and saved in one transaction (default 8). */
  batch?: number;
  /** Extraction threads; without a pool extraction runs on the main thread. */
  pool?: ExtractPool;
  leaseMs?: number;
  maxAttempts?: number;
  /** Stop when the queue has nothing left to claim (tests, batch runs); otherwise poll forever. */
  drain?: boolean;
  pollMs?: number;
  signal?: AbortSignal;
  onJob?: (event: { id: number; outcome: SaveOutcome | 'failed'; error?: string }) => void;
  /** Called when the queue runs dry after this worker stored something (the CLI resolves there). */
  onIdle?: () => Promise<void>;
  /** Called after each batch with the number of jobs this worker has processed so far. */
  onStored?: (processed: number) => void;
}

export interface WorkerSummary {
  processed: number;
  failed: number;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

async function pendingJobs(queue: PgJobQueue): Promise<number> {
  const counts = await queue.counts();
  return counts.queued + counts.running;
}

export function workerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

type Prepared = { job: ClaimedJob; outcome: 'unchanged' } | { job: ClaimedJob; item: SaveItem } | { job: ClaimedJob; error: unknown };
type Settled = { job: ClaimedJob; outcome: SaveOutcome } | { job: ClaimedJob; error: unknown };

/** Reads and extracts one job's document; content already stored needs no extraction. */
async function prepare(opts: WorkerOptions, job: ClaimedJob): Promise<Prepared> {
  try {
    if (job.kind !== INGEST_JOB) throw new Error(`unknown job kind ${job.kind}`);
    const doc = readIngestPayload(job.payload);
    if (await opts.store.hasContent(doc.contentHash)) return { job, outcome: 'unchanged' };
    return { job, item: { doc, record: opts.pool ? await opts.pool.extract(doc) : extractDocument(doc) } };
  } catch (error) {
    return { job, error };
  }
}

/** Saves the extracted documents in one transaction; a batch the store refuses is saved one by one. */
async function saveAll(store: Store, prepared: Prepared[]): Promise<Settled[]> {
  const items = prepared.flatMap((p) => ('item' in p ? [p.item] : []));
  const batch = items.length > 1 && store.saveDocuments ? await store.saveDocuments(items).catch(() => null) : null;
  const settled: Settled[] = [];
  let n = 0;
  for (const p of prepared) {
    if (!('item' in p)) { settled.push(p); continue; }
    const saved = batch?.[n++];
    if (saved) { settled.push({ job: p.job, outcome: saved }); continue; }
    try {
      settled.push({ job: p.job, outcome: await store.saveDocument(p.item.doc, p.item.record) });
    } catch (error) {
      settled.push({ job: p.job, error });
    }
  }
  return settled;
}

/** One claimed batch: extract, save together, complete the successes in one update, fail the rest. */
async function runBatch(opts: WorkerOptions, worker: string, jobs: ClaimedJob[], summary: WorkerSummary): Promise<void> {
  const settled = await saveAll(opts.store, await Promise.all(jobs.map((job) => prepare(opts, job))));
  const done = settled.flatMap((s) => ('outcome' in s ? [{ id: s.job.id, result: s.outcome }] : []));
  await opts.queue.completeMany(worker, done);
  for (const s of settled) {
    if ('outcome' in s) {
      summary.processed += 1;
      opts.onJob?.({ id: s.job.id, outcome: s.outcome });
      continue;
    }
    const message = s.error instanceof Error ? s.error.message : String(s.error);
    await opts.queue.fail(worker, s.job.id, message, opts.maxAttempts ?? 5);
    summary.failed += 1;
    opts.onJob?.({ id: s.job.id, outcome: 'failed', error: message });
  }
  opts.onStored?.(summary.processed);
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const id = workerId();
  const concurrency = opts.concurrency ?? 1;
  const leaseMs = opts.leaseMs ?? 30_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const batchSize = opts.batch ?? 8;
  const inFlight = new Map<number, Promise<void>>();
  const held = new Set<number>();
  let batches = 0;
  let processedAtIdle = 0;
  const summary: WorkerSummary = { processed: 0, failed: 0 };
  const heartbeat = setInterval(() => {
    opts.queue.heartbeat(id, [...held], leaseMs).catch(() => undefined);
  }, Math.max(100, Math.floor(leaseMs / 3)));
  try {
    while (!opts.signal?.aborted) {
      const jobs = inFlight.size < concurrency ? await opts.queue.claim(id, batchSize, leaseMs, maxAttempts) : [];
      if (jobs.length > 0) {
        const key = batches++;
        for (const job of jobs) held.add(job.id);
        const work = runBatch(opts, id, jobs, summary).finally(() => {
          inFlight.delete(key);
          for (const job of jobs) held.delete(job.id);
        });
        inFlight.set(key, work);
      }
      if (inFlight.size >= concurrency) await Promise.race(inFlight.values());
      else if (jobs.length === 0 && inFlight.size > 0) await Promise.race(inFlight.values());
      else if (jobs.length === 0) {
        if (summary.processed > processedAtIdle) {
          processedAtIdle = summary.processed;
          await opts.onIdle?.();
        }
        // Jobs still leased by another (possibly dead) worker are waited for, not abandoned.
        if (opts.drain && (await pendingJobs(opts.queue)) === 0) break;
        await sleep(opts.pollMs ?? 1000, opts.signal);
      }
    }
    await Promise.all(inFlight.values());
  } finally {
    clearInterval(heartbeat);
  }
  return summary;
}
