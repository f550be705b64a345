// PostgreSQL store: writes one document and everything its extraction record holds. Rows of one
// table go in a single INSERT ... SELECT FROM unnest(arrays), so a document costs a handful of
// round trips whatever its size. Called inside the store's transaction.

import type { DocumentInput, EntityRef, ExtractionRecord } from '../../model/index.ts';
import { canonicalKey } from '../canonical-key.ts';
import { dateRange } from '../date-range.ts';
import type { Sql } from './statements.ts';

type RefMap = Map<string, EntityRef>;
type Cell = string | number | null;

function buildRefs(record: ExtractionRecord): RefMap {
  const refs: RefMap = new Map();
  for (const e of record.entities) refs.set(e.id, { id: canonicalKey(e.type, e.name), type: e.type, name: e.name });
  return refs;
}

function sourcesOf(record: ExtractionRecord, citationIds: readonly string[]): string {
  const byId = new Map(record.citations.map((c) => [c.id, c.source]));
  return JSON.stringify(citationIds.map((id) => byId.get(id)).filter((s): s is string => s !== undefined));
}

function pick(refs: RefMap, ids: readonly (string | null)[]): EntityRef[] {
  return ids.flatMap((id) => (id === null ? [] : [refs.get(id)].filter((r): r is EntityRef => r !== undefined)));
}

/** Inserts rows column-wise: `types` are the Postgres array types of the columns, in order. */
async function insertRows(sql: Sql, table: string, columns: string[], types: string[], rows: Cell[][]): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, c) => rows.map((row) => row[c] ?? null));
  // JSON travels as text and is cast per row: pg would otherwise send a jsonb[] literal.
  const unnest = types.map((t, i) => `$${i + 1}::${t === 'jsonb' ? 'text' : t}[]`).join(', ');
  const casts = types.map((t, i) => (t === 'jsonb' ? `c${i}::jsonb` : `c${i}`)).join(', ');
  const names = columns.map((_, i) => `c${i}`).join(', ');
  await sql.run(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${casts} FROM unnest(${unnest}) AS u(${names})`,
    ...arrays,
  );
}

async function writeEntities(sql: Sql, doc: DocumentInput, record: ExtractionRecord, refs: RefMap): Promise<void> {
  const entities: Cell[][] = [];
  const mentions: Cell[][] = [];
  for (const e of record.entities) {
    const key = refs.get(e.id)?.id ?? canonicalKey(e.type, e.name);
    entities.push([doc.id, e.id, key, e.type, e.name, JSON.stringify(e.aliases ?? []), e.mentions.length, e.country ?? null, e.lat ?? null, e.lon ?? null]);
    for (const [start, end] of e.mentions) mentions.push([doc.id, key, e.id, start, end, doc.text.slice(start, end)]);
  }
  await insertRows(sql, 'entities',
    ['document_id', 'local_id', 'canonical_key', 'type', 'name', 'aliases', 'mention_count', 'country', 'lat', 'lon'],
    ['text', 'text', 'text', 'text', 'text', 'jsonb', 'int', 'text', 'float8', 'float8'], entities);
  await insertRows(sql, 'mentions', ['document_id', 'canonical_key', 'local_id', 'start', '"end"', 'text'],
    ['text', 'text', 'text', 'int', 'int', 'text'], mentions);
}

async function writeEvents(sql: Sql, doc: DocumentInput, record: ExtractionRecord, refs: RefMap): Promise<void> {
  const events: Cell[][] = [];
  const links: Cell[][] = [];
  record.events.forEach((ev, position) => {
    const id = `${doc.id}/${ev.id}`;
    const range = dateRange(ev.date);
    const involved = { actors: pick(refs, ev.actors), targets: pick(refs, ev.targets), place: pick(refs, [ev.place])[0] ?? null };
    events.push([id, doc.id, position, ev.type, ev.cameo, ev.date, range?.start ?? null, range?.end ?? null, ev.quantity,
      ev.summary, ev.span[0], ev.span[1], doc.text.slice(ev.span[0], ev.span[1]), JSON.stringify(involved), sourcesOf(record, ev.citations)]);
    const roles: [string, EntityRef[]][] = [['actor', involved.actors], ['target', involved.targets], ['place', involved.place ? [involved.place] : []]];
    for (const [role, list] of roles) for (const ref of list) links.push([id, ref.id, role]);
  });
  await insertRows(sql, 'events',
    ['id', 'document_id', 'position', 'type', 'cameo', 'date', 'date_start', 'date_end', 'quantity', 'summary', 'span_start', 'span_end', 'text', 'refs', 'sources'],
    ['text', 'text', 'int', 'text', 'text', 'text', 'text', 'text', 'float8', 'text', 'int', 'int', 'text', 'jsonb', 'jsonb'], events);
  await insertRows(sql, 'event_entities', ['event_id', 'canonical_key', 'role'], ['text', 'text', 'text'], links);
}

async function writeTransfers(sql: Sql, doc: DocumentInput, record: ExtractionRecord, refs: RefMap): Promise<void> {
  const transfers: Cell[][] = [];
  const items: Cell[][] = [];
  record.transfers.forEach((t, position) => {
    const id = `${doc.id}/${t.id ?? `t${position + 1}`}`;
    const involved = { supplier: pick(refs, [t.supplier])[0] ?? null, recipient: pick(refs, [t.recipient])[0] ?? null, place: pick(refs, [t.place])[0] ?? null };
    transfers.push([id, doc.id, position, involved.supplier?.id ?? null, involved.recipient?.id ?? null, involved.place?.id ?? null,
      t.value?.value ?? null, t.value?.currency ?? null, t.status, t.date, t.span[0], t.span[1], doc.text.slice(t.span[0], t.span[1]),
      JSON.stringify(involved), sourcesOf(record, t.citations)]);
    t.items.forEach((item, i) => items.push([id, i, item.item, item.quantity]));
  });
  await insertRows(sql, 'transfers',
    ['id', 'document_id', 'position', 'supplier_key', 'recipient_key', 'place_key', 'value', 'currency', 'status', 'date', 'span_start', 'span_end', 'text', 'refs', 'sources'],
    ['text', 'text', 'int', 'text', 'text', 'text', 'float8', 'text', 'text', 'text', 'int', 'int', 'text', 'jsonb', 'jsonb'], transfers);
  await insertRows(sql, 'transfer_items', ['transfer_id', 'position', 'item', 'quantity'], ['text', 'int', 'text', 'float8'], items);
}

/** Inserts the document's rows; the caller has removed any earlier version first. */
export async function writeDocument(sql: Sql, doc: DocumentInput, record: ExtractionRecord, ingestedAt: string): Promise<void> {
  await sql.run(
    `INSERT INTO documents (id, source, format, title, publication, volume, issue, published, url, text, content_hash, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    doc.id, doc.source, doc.format, doc.title, doc.publication, doc.volume, doc.issue, doc.published, doc.url,
    doc.text, doc.contentHash, ingestedAt,
  );
  await sql.run('INSERT INTO records (document_id, extractor, json) VALUES ($1, $2, $3::jsonb)', doc.id, record.extractor ?? null, JSON.stringify(record));
  const refs = buildRefs(record);
  await writeEntities(sql, doc, record, refs);
  await writeEvents(sql, doc, record, refs);
  await writeTransfers(sql, doc, record, refs);
}

/** Removes a document; foreign keys cascade to every row derived from it. */
export async function removeDocument(sql: Sql, id: string): Promise<boolean> {
  return (await sql.run('DELETE FROM documents WHERE id = $1', id)) > 0;
}
