// SQLite store: reads events and transfers with the ledger's filters (type, dates, entity;
// supplier, recipient, item, status), each row carrying its entity references and their clusters.

import type {
  EntityRef, EventFilter, EventRow, EventType, Page, TransferFilter, TransferItem, TransferRow, TransferStatus,
} from '../../model/index.ts';
import { dateRange } from '../date-range.ts';
import { PartyClusters, partyClustersSql, partyInGroupSql, type PartyClusterRow } from '../party-clusters.ts';
import { pageBounds } from './paging.ts';
import type { Param, Statements } from './statements.ts';

interface EventRecordRow {
  id: string; document_id: string; type: string; cameo: string | null; date: string | null;
  quantity: number | null; summary: string; span_start: number; span_end: number; refs: string;
  sources: string; text: string;
}

interface TransferRecordRow {
  id: string; document_id: string; value: number | null; currency: string | null; status: string;
  date: string | null; span_start: number; span_end: number; refs: string; sources: string; text: string;
}

/** The clusters of the parties of the given documents' rows. */
function partyClusters(sql: Statements, documentIds: readonly string[]): PartyClusters {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return new PartyClusters([]);
  return new PartyClusters(sql.all<PartyClusterRow>(partyClustersSql(ids.map(() => '?').join(', ')), ...ids));
}

function where(clauses: string[]): string {
  return clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`;
}

export function listEvents(sql: Statements, filter: EventFilter = {}): Page<EventRow> {
  const { limit, offset } = pageBounds(filter);
  const clauses: string[] = [];
  const params: Param[] = [];
  if (filter.type) { clauses.push('e.type = ?'); params.push(filter.type); }
  if (filter.documentId) { clauses.push('e.document_id = ?'); params.push(filter.documentId); }
  const from = dateRange(filter.from);
  const to = dateRange(filter.to);
  if (from) { clauses.push('e.date_end >= ?'); params.push(from.start); }
  if (to) { clauses.push('e.date_start <= ?'); params.push(to.end); }
  if (filter.entity) {
    // The entity's cluster id, or the naive key of a party the resolver has not placed.
    clauses.push(`e.id IN (SELECT ee.event_id FROM event_entities ee JOIN events ev ON ev.id = ee.event_id
      WHERE ${partyInGroupSql('ev.document_id', 'ee.canonical_key', () => '?')})`);
    params.push(filter.entity, filter.entity, filter.entity);
  }
  const total = sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events e ${where(clauses)}`, ...params)?.n ?? 0;
  const rows = sql.all<EventRecordRow>(
    `SELECT e.* FROM events e ${where(clauses)}
     ORDER BY e.date_start IS NULL, e.date_start, e.document_id, e.position LIMIT ? OFFSET ?`,
    ...params, limit, offset,
  );
  const clusters = partyClusters(sql, rows.map((r) => r.document_id));
  const items = rows.map((r): EventRow => {
    const refs = JSON.parse(r.refs) as { actors: EntityRef[]; targets: EntityRef[]; place: EntityRef | null };
    const doc = r.document_id;
    return {
      id: r.id, documentId: r.document_id, type: r.type as EventType, cameo: r.cameo, date: r.date,
      place: clusters.attach(doc, refs.place), actors: clusters.attachAll(doc, refs.actors), targets: clusters.attachAll(doc, refs.targets), quantity: r.quantity, summary: r.summary,
      span: [r.span_start, r.span_end], text: r.text, sources: JSON.parse(r.sources) as string[],
    };
  });
  return { items, total, limit, offset };
}

export function listTransfers(sql: Statements, filter: TransferFilter = {}): Page<TransferRow> {
  const { limit, offset } = pageBounds(filter);
  const clauses: string[] = [];
  const params: Param[] = [];
  for (const [value, column] of [[filter.supplier, 't.supplier_key'], [filter.recipient, 't.recipient_key']] as const) {
    if (value) { clauses.push(partyInGroupSql('t.document_id', column, () => '?')); params.push(value, value, value); }
  }
  if (filter.status) { clauses.push('t.status = ?'); params.push(filter.status); }
  if (filter.documentId) { clauses.push('t.document_id = ?'); params.push(filter.documentId); }
  if (filter.item) {
    clauses.push("t.id IN (SELECT transfer_id FROM transfer_items WHERE item LIKE ? ESCAPE '\\')");
    params.push(`%${filter.item.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
  }
  const total = sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM transfers t ${where(clauses)}`, ...params)?.n ?? 0;
  const rows = sql.all<TransferRecordRow>(
    `SELECT t.* FROM transfers t ${where(clauses)}
     ORDER BY t.date IS NULL, t.date, t.document_id, t.position LIMIT ? OFFSET ?`,
    ...params, limit, offset,
  );
  const clusters = partyClusters(sql, rows.map((r) => r.document_id));
  const items = rows.map((r): TransferRow => {
    const parsed = JSON.parse(r.refs) as { supplier: EntityRef | null; recipient: EntityRef | null; place: EntityRef | null };
    const refs = {
      supplier: clusters.attach(r.document_id, parsed.supplier), recipient: clusters.attach(r.document_id, parsed.recipient),
      place: clusters.attach(r.document_id, parsed.place),
    };
    const goods = sql.all<TransferItem>('SELECT item, quantity FROM transfer_items WHERE transfer_id = ? ORDER BY position', r.id);
    return {
      id: r.id, documentId: r.document_id, supplier: refs.supplier, recipient: refs.recipient,
      items: goods.map((g) => ({ item: g.item, quantity: g.quantity })),
      value: r.value !== null && r.currency !== null ? { value: r.value, currency: r.currency } : null,
      status: r.status as TransferStatus, date: r.date, place: refs.place, span: [r.span_start, r.span_end],
      text: r.text, sources: JSON.parse(r.sources) as string[],
    };
  });
  return { items, total, limit, offset };
}
