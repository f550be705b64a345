// App: the ingest use-case. Paths → documents → extraction → store, one document per transaction.
// A file that cannot be read is reported with its reason and the others go on; documents whose
// content is already stored are skipped before extraction, so re-ingesting is cheap and a no-op.

import { LanternError } from '../model/index.ts';
import type { DocumentInput, ExtractionRecord, SaveOutcome, Store } from '../model/index.ts';
import { listFiles, readDocument, readSource } from '../ingest/index.ts';
import { extractDocument } from './extract-document.ts';
import type { Extractor } from './extract-document.ts';

export interface IngestedDocument {
  id: string;
  path: string;
}

export interface FailedPath {
  path: string;
  reason: string;
}

export interface IngestSummary {
  created: IngestedDocument[];
  updated: IngestedDocument[];
  unchanged: IngestedDocument[];
  failed: FailedPath[];
}

export interface IngestProgress {
  done: number;
  total: number;
  path: string;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Bytes of standard input, read only when a path is "-". */
  readStdin?: () => Promise<Uint8Array>;
  extract?: Extractor;
  /** Called after a document is created or updated (not when unchanged): watchlists hook in here. */
  onSaved?: (doc: DocumentInput, record: ExtractionRecord, outcome: SaveOutcome) => Promise<void> | void;
}

/** Reads one path; "-" is standard input, read through the options' readStdin. */
export async function readPath(path: string, options: IngestOptions): Promise<DocumentInput[]> {
  if (path !== '-') return readDocument(path);
  if (!options.readStdin) throw new LanternError('validation', 'reading standard input is not available here');
  return readSource(await options.readStdin(), '-');
}

async function saveOne(store: Store, doc: DocumentInput, extract: Extractor, options: IngestOptions = {}): Promise<SaveOutcome> {
  if (await store.hasContent(doc.contentHash)) return 'unchanged';
  const record = extract(doc);
  const outcome = await store.saveDocument(doc, record);
  if (outcome !== 'unchanged') await options.onSaved?.(doc, record, outcome);
  return outcome;
}

/** Documents already read (feed items, fetched pages) → extraction → store, with the same hooks. */
export async function ingestDocuments(store: Store, docs: readonly DocumentInput[], options: IngestOptions = {}): Promise<SaveOutcome[]> {
  const outcomes: SaveOutcome[] = [];
  for (const doc of docs) outcomes.push(await saveOne(store, doc, options.extract ?? extractDocument, options));
  return outcomes;
}

/** A failed path with its reason. Users' files cause LanternErrors (unreadable, invalid); anything else is a bug to surface. */
export function failureOf(path: string, error: unknown): FailedPath {
  if (!(error instanceof LanternError)) throw error;
  return { path, reason: 'reason' in error ? String(error.reason) : error.message };
}

/**
 * Ingests files, folders (recursively) and "-" for stdin.
 * @example const summary = await ingestPaths(store, ['samples'], { onProgress: (p) => bar.update(p.done) })
 */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { created: [], updated: [], unchanged: [], failed: [] };
  const { files, missing } = await listFiles(paths);
  for (const error of missing) summary.failed.push({ path: error.path, reason: error.reason });
  const extract = options.extract ?? extractDocument;
  let done = 0;
  // A first report before any work, so a progress display can start its clock for the ETA.
  if (files.length > 0) options.onProgress?.({ done, total: files.length, path: files[0] ?? '' });
  for (const path of files) {
    try {
      for (const doc of await readPath(path, options)) {
        const outcome = await saveOne(store, doc, extract, options);
        summary[outcome].push({ id: doc.id, path });
      }
    } catch (error) {
      summary.failed.push(failureOf(path, error));
    }
    done += 1;
    options.onProgress?.({ done, total: files.length, path });
  }
  return summary;
}
