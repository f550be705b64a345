// Export: entities, events, transfers and amounts as rows (header + cells) for CSV, and as plain
// objects for JSON lines. Rows come from the store's listings, so ids match the API's.

import type { EntityRef, EntitySummary, EventRow, Store, TransferRow } from '../../model/index.ts';
import type { Cell } from './csv.ts';
import { pages, records } from './records.ts';

export interface Table {
  header: readonly string[];
  rows: AsyncGenerator<{ cells: Cell[]; json: unknown }>;
}

const name = (ref: EntityRef | null): string => ref?.name ?? '';
const names = (refs: readonly EntityRef[]): string => refs.map((r) => r.name).join('; ');

async function* entityRows(store: Store): Table['rows'] {
  for await (const e of pages<EntitySummary>((p) => store.listEntities(p))) {
    yield { cells: [e.id, e.type, e.name, e.aliases.join('; '), e.documentCount, e.mentionCount], json: e };
  }
}

async function* eventRows(store: Store): Table['rows'] {
  for await (const e of pages<EventRow>((p) => store.listEvents(p))) {
    yield {
      cells: [e.id, e.documentId, e.type, e.cameo, e.date, name(e.place), names(e.actors), names(e.targets), e.quantity, e.summary, e.sources.join('; ')],
      json: e,
    };
  }
}

async function* transferRows(store: Store): Table['rows'] {
  for await (const t of pages<TransferRow>((p) => store.listTransfers(p))) {
    const items = t.items.map((i) => (i.quantity === null ? i.item : `${i.quantity} ${i.item}`)).join('; ');
    yield {
      cells: [t.id, t.documentId, name(t.supplier), name(t.recipient), items, t.value?.value, t.value?.currency, t.status, t.date, name(t.place), t.sources.join('; '), t.text],
      json: t,
    };
  }
}

async function* amountRows(store: Store): Table['rows'] {
  for await (const r of records(store)) {
    for (const a of r.amounts) {
      const row = { documentId: r.document.id, ...a };
      yield { cells: [r.document.id, a.text, a.value, a.currency, a.usd, a.subject, a.date, `${a.span[0]}-${a.span[1]}`], json: row };
    }
  }
}

export const TABLES = {
  entities: (store: Store): Table => ({ header: ['id', 'type', 'name', 'aliases', 'documents', 'mentions'], rows: entityRows(store) }),
  events: (store: Store): Table => ({
    header: ['id', 'document', 'type', 'cameo', 'date', 'place', 'actors', 'targets', 'quantity', 'summary', 'sources'],
    rows: eventRows(store),
  }),
  transfers: (store: Store): Table => ({
    header: ['id', 'document', 'supplier', 'recipient', 'items', 'value', 'currency', 'status', 'date', 'place', 'sources', 'text'],
    rows: transferRows(store),
  }),
  amounts: (store: Store): Table => ({ header: ['document', 'text', 'value', 'currency', 'usd', 'subject', 'date', 'span'], rows: amountRows(store) }),
} as const;

export type TableKind = keyof typeof TABLES;
