// CLI: `lantern ledger [--csv]`: the transfer ledger (who gave whom what, how many, for how much,
// with status), filterable, with totals by supplier, recipient and item; --csv streams the CSV export.

import type { Command } from 'commander';
import { exportChunks } from '../../app/exports.ts';
import { openStore } from '../../app/index.ts';
import { ValidationError, type Store, type TransferFilter, type TransferRow, type TransferStatus } from '../../model/index.ts';
import type { CliContext } from '../context.ts';
import { printJson } from '../context.ts';

const STATUSES: readonly TransferStatus[] = ['delivered', 'requested', 'promised', 'ordered', 'planned'];

interface LedgerOptions { csv?: boolean; json?: boolean; item?: string; status?: string }

async function allTransfers(store: Store, filter: TransferFilter): Promise<TransferRow[]> {
  const rows: TransferRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await store.listTransfers({ ...filter, limit: 200, offset });
    rows.push(...page.items);
    if (page.items.length < 200) return rows;
  }
}

const itemsOf = (row: TransferRow): string =>
  row.items.map((i) => (i.quantity === null ? i.item : `${i.quantity.toLocaleString('en-US')} ${i.item}`)).join(', ');

const valueOf = (row: TransferRow): string =>
  row.value ? `${row.value.value.toLocaleString('en-US')} ${row.value.currency}` : '';

/** One contribution of a transfer to a total: the key, the units it adds and its value. */
type Share = { key: string; units: number; value: { value: number; currency: string } | null };

const unitsOf = (row: TransferRow): number => row.items.reduce((n, i) => n + (i.quantity ?? 0), 0);
const byParty = (name: (row: TransferRow) => string | undefined) => (row: TransferRow): Share[] =>
  [{ key: name(row) ?? 'unknown', units: unitsOf(row), value: row.value }];
// A transfer's value cannot be split between its items, so item totals count units only.
const byItem = (row: TransferRow): Share[] => row.items.map((i) => ({ key: i.item, units: i.quantity ?? 0, value: null }));

/** "name: N transfers, U units, V CUR" lines, largest first. */
function totals(rows: readonly TransferRow[], shares: (row: TransferRow) => Share[]): string[] {
  const sums = new Map<string, { transfers: number; units: number; values: Map<string, number> }>();
  for (const row of rows) {
    for (const share of shares(row)) {
      const s = sums.get(share.key) ?? { transfers: 0, units: 0, values: new Map<string, number>() };
      s.transfers += 1;
      s.units += share.units;
      if (share.value) s.values.set(share.value.currency, (s.values.get(share.value.currency) ?? 0) + share.value.value);
      sums.set(share.key, s);
    }
  }
  return [...sums].sort((a, b) => b[1].units - a[1].units).map(([k, s]) => {
    const values = [...s.values].map(([cur, v]) => `, ${v.toLocaleString('en-US')} ${cur}`).join('');
    return `  ${k}: ${s.transfers} transfer${s.transfers === 1 ? '' : 's'}, ${s.units.toLocaleString('en-US')} units${values}`;
  });
}

function printTable(rows: readonly TransferRow[]): void {
  const out: string[] = [];
  for (const r of rows) {
    out.push(`${r.date ?? '----'}  ${r.status.padEnd(9)}  ${r.supplier?.name ?? '?'} -> ${r.recipient?.name ?? '?'}  ${itemsOf(r)}`
      + `${valueOf(r) ? `  (${valueOf(r)})` : ''}  [${r.documentId}${r.sources.length ? `; ${r.sources.join(', ')}` : ''}]`);
  }
  out.push('', `${rows.length} transfer${rows.length === 1 ? '' : 's'}`);
  out.push('by supplier:', ...totals(rows, byParty((r) => r.supplier?.name)));
  out.push('by recipient:', ...totals(rows, byParty((r) => r.recipient?.name)));
  out.push('by item:', ...totals(rows, byItem));
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerLedger(program: Command, ctx: CliContext): void {
  program
    .command('ledger')
    .description('print the transfer ledger with totals by supplier, recipient and item')
    .option('--csv', 'write the whole ledger as CSV (as `lantern export transfers --format csv`; filters do not apply)')
    .option('--json', 'print the rows as JSON')
    .option('--item <text>', 'only transfers with an item containing TEXT')
    .option('--status <status>', `only transfers with this status (${STATUSES.join(', ')})`)
    .action(async (opts: LedgerOptions) => {
      if (opts.status && !(STATUSES as readonly string[]).includes(opts.status)) {
        throw new ValidationError(`--status must be one of ${STATUSES.join(', ')}`);
      }
      const store = openStore(ctx.config());
      try {
        if (opts.csv) {
          for await (const chunk of exportChunks(store, 'transfers', 'csv')) process.stdout.write(chunk);
          return;
        }
        const filter: TransferFilter = { ...(opts.item ? { item: opts.item } : {}), ...(opts.status ? { status: opts.status as TransferStatus } : {}) };
        const rows = await allTransfers(store, filter);
        if (opts.json) printJson(rows);
        else printTable(rows);
      } finally {
        await store.close();
      }
    });
}
