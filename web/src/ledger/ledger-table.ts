// Ledger arithmetic on loaded rows: sorting by column, totals by supplier, recipient and item,
// and the CSV export (RFC 4180 quoting; a leading = + - @ is defused against spreadsheet formulas).
import type { TransferRow } from '../api/types.ts';

export type SortKey = 'date' | 'supplier' | 'recipient' | 'items' | 'value' | 'status';
export interface Sort { key: SortKey; dir: 'asc' | 'desc' }

const itemsText = (t: TransferRow) => t.items.map((i) => (i.quantity === null ? i.item : `${i.quantity} ${i.item}`)).join('; ');

function sortValue(t: TransferRow, key: SortKey): string | number {
  if (key === 'date') return t.date ?? '';
  if (key === 'supplier') return t.supplier?.name ?? '';
  if (key === 'recipient') return t.recipient?.name ?? '';
  if (key === 'items') return itemsText(t);
  if (key === 'value') return t.value?.value ?? -1;
  return t.status;
}

export function sortRows(rows: readonly TransferRow[], sort: Sort): TransferRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

export interface Total { name: string; transfers: number; units: number }

function tally(rows: readonly TransferRow[], keys: (t: TransferRow) => { key: string; name: string; units: number }[]): Total[] {
  const totals = new Map<string, Total>();
  for (const t of rows) {
    for (const k of keys(t)) {
      const total = totals.get(k.key) ?? { name: k.name, transfers: 0, units: 0 };
      total.transfers++;
      total.units += k.units;
      totals.set(k.key, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.transfers - a.transfers || b.units - a.units || a.name.localeCompare(b.name));
}

/** Spellings of one resolved party ("U.S.", "United States") add up under its canonical name. */
function party(ref: TransferRow['supplier']): { key: string; name: string } {
  if (!ref) return { key: '', name: 'Unknown' };
  return { key: ref.cluster?.id ?? ref.id, name: ref.cluster?.name ?? ref.name };
}

const units = (t: TransferRow) => t.items.reduce((s, i) => s + (i.quantity ?? 0), 0);

export function totalsOf(rows: readonly TransferRow[]): { supplier: Total[]; recipient: Total[]; item: Total[] } {
  return {
    supplier: tally(rows, (t) => [{ ...party(t.supplier), units: units(t) }]),
    recipient: tally(rows, (t) => [{ ...party(t.recipient), units: units(t) }]),
    item: tally(rows, (t) => t.items.map((i) => ({ key: i.item, name: i.item, units: i.quantity ?? 0 }))),
  };
}

function cell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ledgerCsv(rows: readonly TransferRow[]): string {
  const head = ['date', 'supplier', 'recipient', 'items', 'value', 'currency', 'status', 'sources', 'document', 'passage'];
  const lines = rows.map((t) => [
    t.date, t.supplier?.name ?? null, t.recipient?.name ?? null, itemsText(t), t.value?.value ?? null, t.value?.currency ?? null,
    t.status, t.sources.join('; '), t.documentId, t.text,
  ].map(cell).join(','));
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
