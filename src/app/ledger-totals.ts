// The transfer ledger's totals by supplier, recipient and item, over every row a filter matches
// (not just one page): shared by `lantern ledger` and GET /api/transfers. Parties are counted by
// resolved entity, so two spellings of one supplier make one total under its canonical name.

import type { EntityRef, Store, TransferFilter, TransferRow } from '../model/index.ts';

export interface LedgerTotal {
  /** The party's canonical name (or the item). */
  key: string;
  /** The party's cluster id, else its naive key; the item name for items; "unknown" for no party. */
  id: string;
  transfers: number;
  units: number;
  /** Summed stated values per ISO 4217 currency. */
  values: Record<string, number>;
}

export interface LedgerTotals {
  bySupplier: LedgerTotal[];
  byRecipient: LedgerTotal[];
  byItem: LedgerTotal[];
}

type Share = { id: string; key: string; units: number; value: { value: number; currency: string } | null };

const unitsOf = (row: TransferRow): number => row.items.reduce((n, i) => n + (i.quantity ?? 0), 0);

/** Every transfer the filter matches, page by page. */
export async function listAllTransfers(store: Store, filter: Omit<TransferFilter, 'limit' | 'offset'>): Promise<TransferRow[]> {
  const rows: TransferRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await store.listTransfers({ ...filter, limit: 200, offset });
    rows.push(...page.items);
    if (page.items.length < 200) return rows;
  }
}

function sum(rows: readonly TransferRow[], shares: (row: TransferRow) => Share[]): LedgerTotal[] {
  const totals = new Map<string, LedgerTotal>();
  for (const row of rows) {
    for (const share of shares(row)) {
      const t = totals.get(share.id) ?? { key: share.key, id: share.id, transfers: 0, units: 0, values: {} };
      t.transfers += 1;
      t.units += share.units;
      if (share.value) t.values[share.value.currency] = (t.values[share.value.currency] ?? 0) + share.value.value;
      totals.set(share.id, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.units - a.units || a.key.localeCompare(b.key));
}

/** Totals by resolved supplier and recipient (cluster id when resolved) and by item. */
export function ledgerTotals(rows: readonly TransferRow[]): LedgerTotals {
  const party = (ref: (row: TransferRow) => EntityRef | null) => (row: TransferRow): Share[] => {
    const r = ref(row);
    const id = r?.cluster?.id ?? r?.id ?? 'unknown';
    return [{ id, key: r?.cluster?.name ?? r?.name ?? 'unknown', units: unitsOf(row), value: row.value }];
  };
  return {
    bySupplier: sum(rows, party((r) => r.supplier)),
    byRecipient: sum(rows, party((r) => r.recipient)),
    // A transfer's value cannot be split between its items, so item totals count units only.
    byItem: sum(rows, (row) => row.items.map((i) => ({ id: i.item, key: i.item, units: i.quantity ?? 0, value: null }))),
  };
}
