// App: ingest on every core of one machine. The main thread reads files and writes the store;
// extraction runs on an ExtractPool with a bounded window of documents in flight. Documents are
// saved in reading order, so the store ends up exactly as the one-thread ingestPaths leaves it.

import type { DocumentInput, ExtractionRecord, Store } from '../model/index.ts';
import { listFiles } from '../ingest/index.ts';
import { failureOf, readPath } from './ingest-paths.ts';
import type { IngestOptions, IngestSummary } from './ingest-paths.ts';
import { ExtractPool } from './worker-pool.ts';

export interface ThreadedIngestOptions extends Omit<IngestOptions, 'extract'> {
  /** Extraction threads. */
  threads: number;
}

type Extracted = { record: ExtractionRecord } | { error: unknown };

interface Pending {
  doc: DocumentInput;
  path: string;
  /** null: the content was already stored when the document was read. */
  extracted: Promise<Extracted> | null;
  /** The file's last document: saving it completes the file for progress. */
  lastOfFile: boolean;
}

class OrderedSaver {
  readonly queue: Pending[] = [];
  done = 0;

  constructor(
    private readonly store: Store,
    private readonly summary: IngestSummary,
    private readonly options: ThreadedIngestOptions,
    private readonly total: number,
  ) {}

  fileDone(path: string): void {
    this.done += 1;
    this.options.onProgress?.({ done: this.done, total: this.total, path });
  }

  /** Saves from the head of the queue until at most `keep` documents are left in flight. */
  async drain(keep: number): Promise<void> {
    while (this.queue.length > keep) {
      const next = this.queue.shift();
      if (!next) return;
      await this.save(next);
      if (next.lastOfFile) this.fileDone(next.path);
    }
  }

  private async save({ doc, path, extracted }: Pending): Promise<void> {
    if (!extracted) {
      this.summary.unchanged.push({ id: doc.id, path });
      return;
    }
    try {
      const result = await extracted;
      if ('error' in result) throw result.error;
      const outcome = await this.store.saveDocument(doc, result.record);
      if (outcome !== 'unchanged') await this.options.onSaved?.(doc, result.record, outcome);
      this.summary[outcome].push({ id: doc.id, path });
    } catch (error) {
      this.summary.failed.push(failureOf(path, error));
    }
  }
}

/**
 * Same outcome as ingestPaths (stdin, hooks, failures, progress), extraction spread over `threads` threads.
 * @example const summary = await ingestPathsThreaded(store, ['reports'], { threads: 2 })
 */
export async function ingestPathsThreaded(store: Store, paths: readonly string[], options: ThreadedIngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { created: [], updated: [], unchanged: [], failed: [] };
  const { files, missing } = await listFiles(paths);
  for (const error of missing) summary.failed.push({ path: error.path, reason: error.reason });
  const pool = new ExtractPool(options.threads);
  const saver = new OrderedSaver(store, summary, options, files.length);
  // Enough documents in flight that no thread waits while the main thread saves.
  const window = options.threads * 4;
  try {
    if (files.length > 0) options.onProgress?.({ done: 0, total: files.length, path: files[0] ?? '' });
    for (const path of files) {
      let docs: DocumentInput[] = [];
      try {
        docs = await readPath(path, options);
      } catch (error) {
        summary.failed.push(failureOf(path, error));
      }
      if (docs.length === 0) saver.fileDone(path);
      for (const [i, doc] of docs.entries()) {
        const stored = await store.hasContent(doc.contentHash);
        const extracted = stored ? null : pool.extract(doc).then((record) => ({ record }), (error: unknown) => ({ error }));
        saver.queue.push({ doc, path, extracted, lastOfFile: i === docs.length - 1 });
        await saver.drain(window);
      }
    }
    await saver.drain(0);
  } finally {
    await pool.close();
  }
  return summary;
}
