// App: the distributed ingest queue, worker side. Claims jobs with a lease, keeps the lease alive
// with a heartbeat while it works, and saves through the store, whose content-hash check makes a
// job that is run twice (after a crash between save and completion) store its document once.

import { hostname } from 'node:os';
import type { SaveOutcome, Store } from '../model/index.ts';
import type { PgJobQueue } from '../store/index.ts';
import { extractDocument } from './extract-document.ts';
import { INGEST_JOB, readIngestPayload } from './queue.ts';
import type { ExtractPool } from './worker-pool.ts';

export interface WorkerOptions {
  queue: PgJobQueue;
  store: Store;
  /** Jobs in flight at once. */
  concurrency?: number;
  /** Extraction threads; without a pool extraction runs on the main thread. */
  pool?: ExtractPool;
  leaseMs?: number;
  maxAttempts?: number;
  /** Stop when the queue has nothing left to claim (tests, batch runs); otherwise poll forever. */
  drain?: boolean;
  pollMs?: number;
  signal?: AbortSignal;
  onJob?: (event: { id: number; outcome: SaveOutcome | 'failed'; error?: string }) => void;
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

async function runJob(opts: WorkerOptions, kind: string, payload: unknown): Promise<SaveOutcome> {
  if (kind !== INGEST_JOB) throw new Error(`unknown job kind ${kind}`);
  const doc = readIngestPayload(payload);
  if (await opts.store.hasContent(doc.contentHash)) return 'unchanged';
  const record = opts.pool ? await opts.pool.extract(doc) : extractDocument(doc);
  return opts.store.saveDocument(doc, record);
}

/** Works the queue until it is empty (drain) or the signal aborts; resolves when in-flight jobs end. */
export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const id = workerId();
  const concurrency = opts.concurrency ?? 1;
  const leaseMs = opts.leaseMs ?? 30_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const inFlight = new Map<number, Promise<void>>();
  const summary: WorkerSummary = { processed: 0, failed: 0 };
  const heartbeat = setInterval(() => {
    opts.queue.heartbeat(id, [...inFlight.keys()], leaseMs).catch(() => undefined);
  }, Math.max(100, Math.floor(leaseMs / 3)));
  try {
    while (!opts.signal?.aborted) {
      const free = concurrency - inFlight.size;
      const jobs = free > 0 ? await opts.queue.claim(id, free, leaseMs, maxAttempts) : [];
      for (const job of jobs) {
        const work = runJob(opts, job.kind, job.payload).then(
          async (outcome) => { await opts.queue.complete(id, job.id, outcome); summary.processed += 1; opts.onJob?.({ id: job.id, outcome }); },
          async (error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            await opts.queue.fail(id, job.id, message, maxAttempts);
            summary.failed += 1;
            opts.onJob?.({ id: job.id, outcome: 'failed', error: message });
          },
        ).finally(() => inFlight.delete(job.id));
        inFlight.set(job.id, work);
      }
      if (inFlight.size >= concurrency) await Promise.race(inFlight.values());
      else if (jobs.length === 0 && inFlight.size > 0) await Promise.race(inFlight.values());
      else if (jobs.length === 0) {
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
