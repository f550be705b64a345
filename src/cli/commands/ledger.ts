// CLI: `lantern ledger [--csv]`: the transfer ledger (who gave whom what, how many, for how much,
// with status), filterable (a supplier or recipient by name, spelling or entity id), with totals by
// supplier, recipient and item; --csv streams the CSV export.

import type { Command } from 'commander';
import { exportChunks } from '../../app/exports.ts';
import { openStore } from '../../app/index.ts';
import { ledgerTotals, listAllTransfers, type LedgerTotal } from '../../app/ledger-totals.ts';
import { ValidationError, type TransferFilter, type TransferRow, type TransferStatus } from '../../model/index.ts';
import type { CliContext } from '../context.ts';
import { printJson } from '../context.ts';

const STATUSES: readonly TransferStatus[] = ['delivered', 'requested', 'promised', 'ordered', 'planned'];

interface LedgerOptions { csv?: boolean; json?: boolean; item?: string; status?: string; supplier?: string; recipient?: string }

const itemsOf = (row: TransferRow): string =>
  row.items.map((i) => (i.quantity === null ? i.item : `${i.quantity.toLocaleString('en-US')} ${i.item}`)).join(', ');

const valueOf = (row: TransferRow): string =>
  row.value ? `${row.value.value.toLocaleString('en-US')} ${row.value.currency}` : '';

function printTotals(title: string, totals: readonly LedgerTotal[]): string[] {
  return [title, ...totals.map((t) => {
    const values = Object.entries(t.values).map(([cur, v]) => `, ${v.toLocaleString('en-US')} ${cur}`).join('');
    return `  ${t.key}: ${t.transfers} transfer${t.transfers === 1 ? '' : 's'}, ${t.units.toLocaleString('en-US')} units${values}`;
  })];
}

function printTable(rows: readonly TransferRow[]): void {
  const out: string[] = [];
  for (const r of rows) {
    out.push(`${r.date ?? '----'}  ${r.status.padEnd(9)}  ${r.supplier?.name ?? '?'} -> ${r.recipient?.name ?? '?'}  ${itemsOf(r)}`
      + `${valueOf(r) ? `  (${valueOf(r)})` : ''}  [${r.documentId}${r.sources.length ? `; ${r.sources.join(', ')}` : ''}]`);
  }
  out.push('', `${rows.length} transfer${rows.length === 1 ? '' : 's'}`);
  const totals = ledgerTotals(rows);
  out.push(...printTotals('by supplier:', totals.bySupplier), ...printTotals('by recipient:', totals.byRecipient),
    ...printTotals('by item:', totals.byItem));
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
    .option('--supplier <name>', 'only transfers from this entity (any spelling of its name, or its id)')
    .option('--recipient <name>', 'only transfers to this entity (any spelling of its name, or its id)')
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
        const filter: TransferFilter = {
          ...(opts.item ? { item: opts.item } : {}), ...(opts.status ? { status: opts.status as TransferStatus } : {}),
          ...(opts.supplier ? { supplier: opts.supplier } : {}), ...(opts.recipient ? { recipient: opts.recipient } : {}),
        };
        const rows = await listAllTransfers(store, filter);
        if (opts.json) printJson(rows);
        else printTable(rows);
      } finally {
        await store.close();
      }
    });
}
