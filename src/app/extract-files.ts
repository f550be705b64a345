// App: the extract use-case. Files → extraction-v1 records as JSON files, without a database;
// the scorer and scripts read these.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LanternError } from '../model/index.ts';
import type { ExtractionRecord } from '../model/index.ts';
import { listFiles, readDocument, readSource } from '../ingest/index.ts';
import { extractDocument } from './extract-document.ts';
import type { Extractor } from './extract-document.ts';
import type { FailedPath } from './ingest-paths.ts';

export interface ExtractSummary {
  written: { id: string; path: string; file: string }[];
  failed: FailedPath[];
}

/** Records of every document in one source's bytes ("-" for stdin). */
export async function extractSource(bytes: Uint8Array, name: string, extract: Extractor = extractDocument): Promise<ExtractionRecord[]> {
  return (await readSource(bytes, name)).map(extract);
}

/**
 * Writes `<outDir>/<document id>.json` for every document in the given files and folders.
 * @example await extractFiles(['../shared/seeds'], '.tmp/records')
 */
export async function extractFiles(paths: readonly string[], outDir: string, extract: Extractor = extractDocument): Promise<ExtractSummary> {
  const summary: ExtractSummary = { written: [], failed: [] };
  const { files, missing } = await listFiles(paths.filter((p) => p !== '-'));
  for (const error of missing) summary.failed.push({ path: error.path, reason: error.reason });
  await mkdir(outDir, { recursive: true });
  for (const path of files) {
    try {
      for (const doc of await readDocument(path)) {
        const file = join(outDir, `${doc.id}.json`);
        await writeFile(file, `${JSON.stringify(extract(doc), null, 2)}\n`);
        summary.written.push({ id: doc.id, path, file });
      }
    } catch (error) {
      if (!(error instanceof LanternError)) throw error;
      summary.failed.push({ path, reason: 'reason' in error ? String(error.reason) : error.message });
    }
  }
  return summary;
}
