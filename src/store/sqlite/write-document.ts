// SQLite store: writes one document and everything its extraction record holds (entities,
// mentions, events, transfers, full-text row). Called inside the store's transaction.

import type { DocumentInput, EntityRef, ExtractionRecord } from '../../model/index.ts';
import { canonicalKey } from '../canonical-key.ts';
import { dateRange } from '../date-range.ts';
import type { Statements } from './statements.ts';

type RefMap = Map<string, EntityRef>;

/** Record-local entity id → canonical reference. */
function buildRefs(record: ExtractionRecord): RefMap {
  const refs: RefMap = new Map();
  for (const e of record.entities) refs.set(e.id, { id: canonicalKey(e.type, e.name), type: e.type, name: e.name });
  return refs;
}

function sourcesOf(record: ExtractionRecord, citationIds: readonly string[]): string {
  const byId = new Map(record.citations.map((c) => [c.id, c.source]));
  return JSON.stringify(citationIds.map((id) => byId.get(id)).filter((s): s is string => s !== undefined));
}

function writeEntities(sql: Statements, doc: DocumentInput, record: ExtractionRecord, refs: RefMap): void {
  for (const e of record.entities) {
    const key = refs.get(e.id)?.id ?? canonicalKey(e.type, e.name);
    sql.run(
      `INSERT OR REPLACE INTO entities (document_id, local_id, canonical_key, type, name, aliases, mention_count, country, lat, lon)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      doc.id, e.id, key, e.type, e.name, JSON.stringify(e.aliases ?? []), e.mentions.length,
      e.country ?? null, e.lat ?? null, e.lon ?? null,
    );
    for (const [start, end] of e.mentions) {
      sql.run(
        'INSERT INTO mentions (document_id, canonical_key, local_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
        doc.id, key, e.id, start, end, doc.text.slice(start, end),
      );
    }
  }
}

function pick(refs: RefMap, ids: readonly (string | null)[]): EntityRef[] {
  return ids.flatMap((id) => (id === null ? [] : [refs.get(id)].filter((r): r is EntityRef => r !== undefined)));
}

function writeEvents(sql: Statements, doc: DocumentInput, record: ExtractionRecord, refs: RefMap): void {
  record.events.forEach((ev, position) => {
    const id = `${doc.id}/${ev.id}`;
    const range = dateRange(ev.date);
    const involved = { actors: pick(refs, ev.actors), targets: pick(refs, ev.targets), place: pick(refs, [ev.place])[0] ?? null };
    sql.run(
      `INSERT INTO events (id, document_id, position, type, cameo, date, date_start, date_end, quantity, summary, span_start, span_end, text, refs, sources)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id, doc.id, position, ev.type, ev.cameo, ev.date, range?.start ?? null, range?.end ?? null, ev.quantity,
      ev.summary, ev.span[0], ev.span[1], doc.text.slice(ev.span[0], ev.span[1]), JSON.stringify(involved), sourcesOf(record, ev.citations),
    );
    const roles: [string, EntityRef[]][] = [['actor', involved.actors], ['target', involved.targets], ['place', involved.place ? [involved.place] : []]];
    for (const [role, list] of roles) {
      for (const ref of list) sql.run('INSERT INTO event_entities (event_id, canonical_key, role) VALUES (?, ?, ?)', id, ref.id, role);
    }
  });
}

function writeTransfers(sql: Statements, doc: DocumentInput, record: ExtractionRecord, refs: RefMap): void {
  record.transfers.forEach((t, position) => {
    const id = `${doc.id}/${t.id ?? `t${position + 1}`}`;
    const involved = { supplier: pick(refs, [t.supplier])[0] ?? null, recipient: pick(refs, [t.recipient])[0] ?? null, place: pick(refs, [t.place])[0] ?? null };
    sql.run(
      `INSERT INTO transfers (id, document_id, position, supplier_key, recipient_key, place_key, value, currency, status, date, span_start, span_end, text, refs, sources)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id, doc.id, position, involved.supplier?.id ?? null, involved.recipient?.id ?? null, involved.place?.id ?? null,
      t.value?.value ?? null, t.value?.currency ?? null, t.status, t.date, t.span[0], t.span[1], doc.text.slice(t.span[0], t.span[1]),
      JSON.stringify(involved), sourcesOf(record, t.citations),
    );
    t.items.forEach((item, i) => {
      sql.run('INSERT INTO transfer_items (transfer_id, position, item, quantity) VALUES (?, ?, ?, ?)', id, i, item.item, item.quantity);
    });
  });
}

/** Inserts the document's rows; the caller has removed any earlier version first. */
export function writeDocument(sql: Statements, doc: DocumentInput, record: ExtractionRecord, ingestedAt: string): void {
  sql.run(
    `INSERT INTO documents (id, source, format, title, publication, volume, issue, published, url, text, content_hash, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    doc.id, doc.source, doc.format, doc.title, doc.publication, doc.volume, doc.issue, doc.published, doc.url,
    doc.text, doc.contentHash, ingestedAt,
  );
  sql.run('INSERT INTO records (document_id, extractor, json) VALUES (?, ?, ?)', doc.id, record.extractor ?? null, JSON.stringify(record));
  sql.run('INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)', doc.id, doc.title ?? '', doc.text);
  const refs = buildRefs(record);
  writeEntities(sql, doc, record, refs);
  writeEvents(sql, doc, record, refs);
  writeTransfers(sql, doc, record, refs);
}

/** Removes a document and all rows derived from it. */
export function removeDocument(sql: Statements, id: string): boolean {
  sql.run('DELETE FROM documents_fts WHERE document_id = ?', id);
  sql.run('DELETE FROM event_entities WHERE event_id IN (SELECT id FROM events WHERE document_id = ?)', id);
  sql.run('DELETE FROM transfer_items WHERE transfer_id IN (SELECT id FROM transfers WHERE document_id = ?)', id);
  for (const table of ['mentions', 'entities', 'events', 'transfers', 'records']) {
    sql.run(`DELETE FROM ${table} WHERE document_id = ?`, id);
  }
  return sql.run('DELETE FROM documents WHERE id = ?', id).changes > 0;
}
