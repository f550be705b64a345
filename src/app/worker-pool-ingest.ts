// App: ingest on every core of one machine. The main thread reads files and writes the store;
// extraction runs on an ExtractPool with a bounded window of documents in flight. Documents are
// saved in reading order, in batches of one transaction each, so the store ends up exactly as the
// one-thread ingestPaths leaves it.

import type { DocumentInput, ExtractionRecord, SaveItem, SaveOutcome, Store } from '../model/index.ts';
import { listFiles } from '../ingest/index.ts';
import { failureOf, readPath } from './ingest-paths.ts';
import type { FailedPath, IngestOptions, IngestSummary } from './ingest-paths.ts';
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

/** Documents saved per store transaction: commit and full-text flush are paid once per batch. */
const BATCH = 32;

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

  /** Saves batches from the head of the queue until at most `keep` documents are left in flight. */
  async drain(keep: number): Promise<void> {
    while (this.queue.length > keep) {
      const batch = this.queue.splice(0, Math.min(BATCH, this.queue.length));
      const results = await Promise.all(batch.map((p) => p.extracted));
      const outcomes = await this.saveAll(batch, results);
      for (const [i, item] of batch.entries()) {
        const outcome = outcomes[i] ?? 'unchanged';
        if (typeof outcome === 'string') this.summary[outcome].push({ id: item.doc.id, path: item.path });
        else this.summary.failed.push(outcome);
        if (item.lastOfFile) this.fileDone(item.path);
      }
    }
  }

  /** One outcome per item, in order; a batch the store refuses is saved one by one to find the culprit. */
  private async saveAll(batch: Pending[], results: (Extracted | null)[]): Promise<(SaveOutcome | FailedPath)[]> {
    const outcomes: (SaveOutcome | FailedPath)[] = batch.map(() => 'unchanged');
    const items: { at: number; item: SaveItem }[] = [];
    for (const [at, result] of results.entries()) {
      const { doc, path } = batch[at]!;
      if (result && 'error' in result) outcomes[at] = failureOf(path, result.error);
      else if (result) items.push({ at, item: { doc, record: result.record } });
    }
    const saved = await this.saveBatch(items.map((i) => i.item)).catch(() => null);
    for (const [n, { at, item }] of items.entries()) {
      try {
        const outcome = saved ? saved[n] ?? 'unchanged' : await this.store.saveDocument(item.doc, item.record);
        if (outcome !== 'unchanged') await this.options.onSaved?.(item.doc, item.record, outcome);
        outcomes[at] = outcome;
      } catch (error) {
        outcomes[at] = failureOf(batch[at]!.path, error);
      }
    }
    return outcomes;
  }

  private async saveBatch(items: SaveItem[]): Promise<SaveOutcome[] | null> {
    if (items.length === 0 || !this.store.saveDocuments) return null;
    return this.store.saveDocuments(items);
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
  // Enough documents in flight that no thread waits while the main thread saves a batch.
  const window = Math.max(options.threads * 4, BATCH * 2);
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
