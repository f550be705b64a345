// PostgreSQL store: reads events and transfers with the ledger's filters (type, dates, entity;
// supplier, recipient, item, status), each row carrying its entity references and their clusters.

import type {
  EntityRef, EventFilter, EventRow, EventType, Page, TransferFilter, TransferItem, TransferRow, TransferStatus,
} from '../../model/index.ts';
import { dateRange } from '../date-range.ts';
import { PartyClusters, partyClustersSql, partyInGroupSql, type PartyClusterRow } from '../party-clusters.ts';
import { pageBounds } from './paging.ts';
import type { Param, Sql } from './statements.ts';

interface EventRecordRow {
  id: string; document_id: string; type: string; cameo: string | null; date: string | null;
  quantity: number | null; summary: string; span_start: number; span_end: number;
  refs: { actors: EntityRef[]; targets: EntityRef[]; place: EntityRef | null }; sources: string[]; text: string;
}

interface TransferRecordRow {
  id: string; document_id: string; value: number | null; currency: string | null; status: string;
  date: string | null; span_start: number; span_end: number; sources: string[]; text: string;
  refs: { supplier: EntityRef | null; recipient: EntityRef | null; place: EntityRef | null }; items: TransferItem[];
}

/** The clusters of the parties of the given documents' rows. */
async function partyClusters(sql: Sql, documentIds: readonly string[]): Promise<PartyClusters> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return new PartyClusters([]);
  return new PartyClusters(await sql.all<PartyClusterRow>(partyClustersSql('SELECT unnest($1::text[])'), ids));
}

/** Collects WHERE clauses with numbered placeholders. */
class Where {
  readonly params: Param[] = [];
  private readonly clauses: string[] = [];

  add(clause: (placeholder: string) => string, value: Param): void {
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
  }

  sql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }

  /** Placeholders for LIMIT and OFFSET, after the filter's own. */
  paging(): string {
    return `LIMIT $${this.params.length + 1} OFFSET $${this.params.length + 2}`;
  }
}

export async function listEvents(sql: Sql, filter: EventFilter = {}): Promise<Page<EventRow>> {
  const { limit, offset } = pageBounds(filter);
  const w = new Where();
  if (filter.type) w.add((p) => `e.type = ${p}`, filter.type);
  if (filter.documentId) w.add((p) => `e.document_id = ${p}`, filter.documentId);
  const from = dateRange(filter.from);
  const to = dateRange(filter.to);
  if (from) w.add((p) => `e.date_end >= ${p}`, from.start);
  if (to) w.add((p) => `e.date_start <= ${p}`, to.end);
  // The entity's cluster id, or the naive key of a party the resolver has not placed.
  if (filter.entity) {
    w.add((p) => `e.id IN (SELECT ee.event_id FROM event_entities ee JOIN events ev ON ev.id = ee.event_id
      WHERE ${partyInGroupSql('ev.document_id', 'ee.canonical_key', () => p)})`, filter.entity);
  }
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*)::int AS n FROM events e ${w.sql()}`, ...w.params))?.n ?? 0;
  const rows = await sql.all<EventRecordRow>(
    `SELECT e.* FROM events e ${w.sql()}
     ORDER BY e.date_start IS NULL, e.date_start, e.document_id, e.position ${w.paging()}`,
    ...w.params, limit, offset,
  );
  const clusters = await partyClusters(sql, rows.map((r) => r.document_id));
  const items = rows.map((r): EventRow => ({
    id: r.id, documentId: r.document_id, type: r.type as EventType, cameo: r.cameo, date: r.date,
    place: clusters.attach(r.document_id, r.refs.place), actors: clusters.attachAll(r.document_id, r.refs.actors),
    targets: clusters.attachAll(r.document_id, r.refs.targets), quantity: r.quantity, summary: r.summary,
    span: [r.span_start, r.span_end], text: r.text, sources: r.sources,
  }));
  return { items, total, limit, offset };
}

export async function listTransfers(sql: Sql, filter: TransferFilter = {}): Promise<Page<TransferRow>> {
  const { limit, offset } = pageBounds(filter);
  const w = new Where();
  if (filter.supplier) w.add((p) => partyInGroupSql('t.document_id', 't.supplier_key', () => p), filter.supplier);
  if (filter.recipient) w.add((p) => partyInGroupSql('t.document_id', 't.recipient_key', () => p), filter.recipient);
  if (filter.status) w.add((p) => `t.status = ${p}`, filter.status);
  if (filter.documentId) w.add((p) => `t.document_id = ${p}`, filter.documentId);
  if (filter.item) {
    w.add((p) => `t.id IN (SELECT transfer_id FROM transfer_items WHERE item ILIKE ${p})`,
      `%${filter.item.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
  }
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*)::int AS n FROM transfers t ${w.sql()}`, ...w.params))?.n ?? 0;
  const rows = await sql.all<TransferRecordRow>(
    `SELECT t.*, (SELECT coalesce(json_agg(json_build_object('item', i.item, 'quantity', i.quantity) ORDER BY i.position), '[]')
                  FROM transfer_items i WHERE i.transfer_id = t.id) AS items
     FROM transfers t ${w.sql()}
     ORDER BY t.date IS NULL, t.date, t.document_id, t.position ${w.paging()}`,
    ...w.params, limit, offset,
  );
  const clusters = await partyClusters(sql, rows.map((r) => r.document_id));
  const items = rows.map((r): TransferRow => ({
    id: r.id, documentId: r.document_id,
    supplier: clusters.attach(r.document_id, r.refs.supplier), recipient: clusters.attach(r.document_id, r.refs.recipient),
    items: r.items.map((g) => ({ item: g.item, quantity: g.quantity })),
    value: r.value !== null && r.currency !== null ? { value: r.value, currency: r.currency } : null,
    status: r.status as TransferStatus, date: r.date, place: clusters.attach(r.document_id, r.refs.place), span: [r.span_start, r.span_end],
    text: r.text, sources: r.sources,
  }));
  return { items, total, limit, offset };
}
