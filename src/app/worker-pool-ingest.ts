// App: ingest on every core of one machine. The main thread reads files and writes the store;
// extraction runs on an ExtractPool, with a bounded number of documents in flight.

import { LanternError } from '../model/index.ts';
import type { DocumentInput, SaveOutcome, Store } from '../model/index.ts';
import { listFiles, readDocument } from '../ingest/index.ts';
import type { IngestProgress, IngestSummary } from './ingest-paths.ts';
import { ExtractPool } from './worker-pool.ts';

export interface ThreadedIngestOptions {
  threads: number;
  onProgress?: (progress: IngestProgress) => void;
}

async function saveWithPool(store: Store, pool: ExtractPool, doc: DocumentInput): Promise<SaveOutcome> {
  if (await store.hasContent(doc.contentHash)) return 'unchanged';
  return store.saveDocument(doc, await pool.extract(doc));
}

/** Same outcome as ingestPaths (minus stdin), extraction spread over `threads` threads. */
export async function ingestPathsThreaded(store: Store, paths: readonly string[], options: ThreadedIngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { created: [], updated: [], unchanged: [], failed: [] };
  const { files, missing } = await listFiles(paths);
  for (const error of missing) summary.failed.push({ path: error.path, reason: error.reason });
  const pool = new ExtractPool(options.threads);
  const inFlight = new Set<Promise<void>>();
  const limit = options.threads * 2;
  let done = 0;
  try {
    if (files.length > 0) options.onProgress?.({ done, total: files.length, path: files[0] ?? '' });
    for (const path of files) {
      let docs: DocumentInput[] = [];
      try {
        docs = await readDocument(path);
      } catch (error) {
        if (!(error instanceof LanternError)) throw error;
        summary.failed.push({ path, reason: 'reason' in error ? String(error.reason) : error.message });
      }
      for (const doc of docs) {
        const work: Promise<void> = saveWithPool(store, pool, doc)
          .then((outcome) => { summary[outcome].push({ id: doc.id, path }); })
          .catch((error: unknown) => { summary.failed.push({ path, reason: error instanceof Error ? error.message : String(error) }); })
          .finally(() => inFlight.delete(work));
        inFlight.add(work);
        if (inFlight.size >= limit) await Promise.race(inFlight);
      }
      done += 1;
      options.onProgress?.({ done, total: files.length, path });
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return summary;
}
