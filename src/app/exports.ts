// App: the export use-case. One kind (entities, events, transfers, amounts, graph, places) in one
// format, produced as a stream of text chunks that the CLI writes to a file and the server sends.

import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ValidationError } from '../model/index.ts';
import type { Store } from '../model/index.ts';
import { ACLED_HEADER, acledRows } from './export/acled.ts';
import { csvRow } from './export/csv.ts';
import { ftmEntities } from './export/ftm.ts';
import { eventPointFeatures, geoJson, placeFeatures } from './export/geo.ts';
import { gexf, graphMl } from './export/graph.ts';
import { TABLES } from './export/tables.ts';
import type { Table } from './export/tables.ts';

export type ExportKind = 'entities' | 'events' | 'transfers' | 'amounts' | 'graph' | 'places';
export type ExportFormat = 'csv' | 'jsonl' | 'geojson' | 'gexf' | 'graphml' | 'ftm' | 'acled';

export const EXPORT_KINDS: readonly ExportKind[] = ['entities', 'events', 'transfers', 'amounts', 'graph', 'places'];

/** The formats each kind can be written in; the first is the default. */
export const EXPORT_FORMATS: Readonly<Record<ExportKind, readonly ExportFormat[]>> = {
  entities: ['csv', 'jsonl', 'ftm'],
  events: ['csv', 'jsonl', 'geojson', 'acled'],
  transfers: ['csv', 'jsonl'],
  amounts: ['csv', 'jsonl'],
  graph: ['gexf', 'graphml'],
  places: ['geojson'],
};

export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8', acled: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8',
  ftm: 'application/x-ndjson; charset=utf-8', geojson: 'application/geo+json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8', graphml: 'application/graphml+xml; charset=utf-8',
};

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  csv: 'csv', acled: 'csv', jsonl: 'jsonl', ftm: 'ftm.json', geojson: 'geojson', gexf: 'gexf', graphml: 'graphml',
};

async function* csvChunks(table: Table): AsyncGenerator<string> {
  yield csvRow(table.header);
  for await (const row of table.rows) yield csvRow(row.cells);
}

async function* jsonLines(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}

async function* tableObjects(table: Table): AsyncGenerator<unknown> {
  for await (const row of table.rows) yield row.json;
}

async function* acledCsv(store: Store): AsyncGenerator<string> {
  yield csvRow(ACLED_HEADER);
  for await (const cells of acledRows(store)) yield csvRow(cells);
}

/** Checks a kind/format pair from user input. @throws ValidationError */
export function readExportRequest(kind: string, format: string | undefined): { kind: ExportKind; format: ExportFormat } {
  if (!EXPORT_KINDS.includes(kind as ExportKind)) throw new ValidationError(`unknown export kind '${kind}' (one of ${EXPORT_KINDS.join(', ')})`);
  const formats = EXPORT_FORMATS[kind as ExportKind];
  const chosen = format ?? formats[0];
  if (chosen === undefined || !formats.includes(chosen as ExportFormat)) {
    throw new ValidationError(`${kind} cannot be exported as '${format ?? ''}' (one of ${formats.join(', ')})`);
  }
  return { kind: kind as ExportKind, format: chosen as ExportFormat };
}

/**
 * The export as text chunks, read from the store page by page as the consumer pulls.
 * @example for await (const chunk of exportChunks(store, 'transfers', 'csv')) out.write(chunk)
 */
export function exportChunks(store: Store, kind: ExportKind, format: ExportFormat): AsyncGenerator<string> {
  readExportRequest(kind, format);
  if (kind === 'graph') return format === 'gexf' ? gexf(store) : graphMl(store);
  if (kind === 'places') return geoJson(placeFeatures(store));
  if (kind === 'events' && format === 'geojson') return geoJson(eventPointFeatures(store));
  if (kind === 'events' && format === 'acled') return acledCsv(store);
  if (kind === 'entities' && format === 'ftm') return jsonLines(ftmEntities(store));
  const table = TABLES[kind](store);
  return format === 'csv' ? csvChunks(table) : jsonLines(tableObjects(table));
}

/** Writes an export to a file with backpressure; resolves to the bytes written. */
export async function exportToFile(store: Store, kind: ExportKind, format: ExportFormat, path: string): Promise<number> {
  const out = createWriteStream(path);
  await pipeline(Readable.from(exportChunks(store, kind, format)), out);
  return out.bytesWritten;
}
