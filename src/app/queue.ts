// App: the distributed ingest queue, producer side. Files are read here and each document is
// enqueued with its text, so workers on other machines need no shared disk. The dedupe key is
// the content hash: enqueueing the same text twice adds one job.

import { LanternError } from '../model/index.ts';
import type { DocumentInput, Store } from '../model/index.ts';
import { listFiles, readDocument } from '../ingest/index.ts';
import { createStore, PgJobQueue } from '../store/index.ts';
import type { NewJob } from '../store/index.ts';
import type { FailedPath } from './ingest-paths.ts';

export const INGEST_JOB = 'ingest';

export interface IngestJobPayload {
  doc: DocumentInput;
}

export interface EnqueueSummary {
  documents: number;
  added: number;
  failed: FailedPath[];
}

export function ingestJob(doc: DocumentInput): NewJob {
  const payload: IngestJobPayload = { doc };
  return { kind: INGEST_JOB, payload, dedupeKey: `${INGEST_JOB}:${doc.contentHash}` };
}

/** Checks a claimed payload before trusting it: jobs come from the database, not from this process. */
export function readIngestPayload(payload: unknown): DocumentInput {
  const doc = (payload as Partial<IngestJobPayload> | null)?.doc;
  if (!doc || typeof doc.id !== 'string' || typeof doc.text !== 'string' || typeof doc.contentHash !== 'string') {
    throw new LanternError('validation', 'ingest job without a document (id, text, contentHash)');
  }
  return doc;
}

/** Reads files and folders and enqueues one ingest job per document, in batches. */
export async function enqueuePaths(
  queue: PgJobQueue, paths: readonly string[], onProgress?: (done: number, total: number) => void,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { documents: 0, added: 0, failed: [] };
  const { files, missing } = await listFiles(paths);
  for (const error of missing) summary.failed.push({ path: error.path, reason: error.reason });
  let batch: NewJob[] = [];
  const flush = async () => { summary.added += await queue.enqueue(batch); batch = []; };
  for (const [i, path] of files.entries()) {
    try {
      for (const doc of await readDocument(path)) { batch.push(ingestJob(doc)); summary.documents += 1; }
    } catch (error) {
      if (!(error instanceof LanternError)) throw error;
      summary.failed.push({ path, reason: 'reason' in error ? String(error.reason) : error.message });
    }
    if (batch.length >= 200) await flush();
    onProgress?.(i + 1, files.length);
  }
  await flush();
  return summary;
}

/** The queue and the store of one PostgreSQL database, for the worker and enqueue commands. */
export function openQueue(url: string, schema?: string): PgJobQueue {
  return new PgJobQueue({ url, ...(schema ? { schema } : {}) });
}

/** A PostgreSQL store sized for `connections` concurrent jobs; workers pass durable: false. */
export function openPgStore(url: string, connections = 4, durable = true): Store {
  return createStore({ kind: 'postgres', url, maxConnections: connections, synchronousCommit: durable });
}
