// The transfer ledger: who supplied what to whom, in what quantities, with status, date and the
// source each row rests on; filtered by item and status, sortable by column, with totals by
// supplier, recipient and item and a CSV export of the rows shown.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { TransferRow, TransferStatus } from '../api/types.ts';
import { documentHref, entitiesHref, eventsHref, ledgerHref } from '../router/routes.ts';
import { navigate } from '../router/use-route.ts';
import { Pager } from '../search/Pager.tsx';
import { EntityLink } from '../shell/EntityLink.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount, formatDate, formatMoney } from '../shell/format.ts';
import { download } from '../graph/chart-export.ts';
import { ledgerCsv, sortRows, totalsOf, type Sort, type SortKey, type Total } from './ledger-table.ts';

/** The ledger loads up to this many rows at once so sorting, totals and CSV cover them all. */
const LEDGER_PAGE = 200;
const STATUSES: readonly TransferStatus[] = ['delivered', 'ordered', 'promised', 'requested', 'planned'];

export function LedgerPage({ item, status, offset }: { item: string; status: string; offset: number }) {
  const state = useApi(`ledger:${item}:${status}:${offset}`, (signal) => api.transfers({ item, status }, LEDGER_PAGE, offset, signal));
  const [sort, setSort] = useState<Sort>({ key: 'date', dir: 'desc' });
  return (
    <section class="page" aria-labelledby="ledger-heading">
      <h1 id="ledger-heading" class="page-title">Transfer ledger</h1>
      <LedgerFilter item={item} status={status} />
      {state.status === 'loading' && <Loading what="transfers" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && (
        <>
          <p class="result-count" role="status">{formatCount(state.data.total, 'transfer')}</p>
          {state.data.total === 0 && <LedgerEmpty filtered={item !== '' || status !== ''} />}
          {state.data.total > 0 && (
            <>
              <div class="ledger-tools">
                <button type="button" onClick={() => download('transfers.csv', ledgerCsv(sortRows(state.data.items, sort)), 'text/csv')}>Export CSV</button>
              </div>
              <LedgerTable rows={sortRows(state.data.items, sort)} sort={sort} onSort={setSort} />
              <LedgerTotals rows={state.data.items} />
            </>
          )}
          <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => ledgerHref({ item, status }, o)} />
        </>
      )}
    </section>
  );
}

/** What an empty ledger means: nothing matches the filters, or no report describes a transfer yet. */
function LedgerEmpty({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <p class="empty">No transfer matches these filters. <a href={ledgerHref({})}>Show every transfer</a>.</p>
  ) : (
    <div class="empty">
      <p>No transfers yet. The ledger fills when ingested reports describe equipment changing hands,
        such as <q>the United States delivered 27 Humvees to Kazakhstan</q>.</p>
      <p>Events and entities the reports hold are under <a href={eventsHref({})}>Events</a> and <a href={entitiesHref()}>Entities</a>.</p>
    </div>
  );
}

const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'date', label: 'Date' }, { key: 'supplier', label: 'Supplier' }, { key: 'recipient', label: 'Recipient' },
  { key: 'items', label: 'Items' }, { key: 'value', label: 'Value', num: true }, { key: 'status', label: 'Status' },
];

function LedgerTable({ rows, sort, onSort }: { rows: TransferRow[]; sort: Sort; onSort(s: Sort): void }) {
  return (
    <table class="doc-table ledger">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" class={c.num ? 'num' : undefined}
              aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
              <button type="button" class="sort" onClick={() => onSort({ key: c.key, dir: sort.key === c.key && sort.dir === 'asc' ? 'desc' : 'asc' })}>
                {c.label}{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </th>
          ))}
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.id}>
            <td class="nowrap">{formatDate(t.date) || '—'}</td>
            <td><EntityLink entity={t.supplier} fallback="unknown" /></td>
            <td><EntityLink entity={t.recipient} fallback="unknown" /></td>
            <td>
              <ul class="items">
                {t.items.map((i, n) => <li key={n}><span class="qty">{i.quantity?.toLocaleString('en-US') ?? '?'}</span> {i.item}</li>)}
              </ul>
            </td>
            <td class="num nowrap">{t.value ? formatMoney(t.value.value, t.value.currency) : '—'}</td>
            <td><span class={`badge status-${t.status}`}>{t.status}</span></td>
            <td>
              <a href={documentHref(t.documentId, t.span[0])} title={t.text}>{t.sources.join(', ') || 'the report'}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LedgerFilter({ item, status }: { item: string; status: string }) {
  const [text, setText] = useState(item);
  useEffect(() => setText(item), [item]);
  return (
    <form class="filter-bar" onSubmit={(e) => { e.preventDefault(); navigate(ledgerHref({ item: text.trim(), status })); }}>
      <label for="ledger-item">Item</label>
      <input id="ledger-item" type="search" value={text} placeholder="e.g. pistols" onInput={(e) => setText(e.currentTarget.value)} />
      <label for="ledger-status">Status</label>
      <select id="ledger-status" value={status} onChange={(e) => navigate(ledgerHref({ item: text.trim(), status: e.currentTarget.value }))}>
        <option value="">Any status</option>
        {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
      <button type="submit">Filter</button>
    </form>
  );
}

function LedgerTotals({ rows }: { rows: TransferRow[] }) {
  const totals = totalsOf(rows);
  const list = (title: string, items: Total[]) => (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ol>{items.slice(0, 8).map((t) => <li key={t.name}>{t.name} <span class="count">{formatCount(t.transfers, 'transfer')}{t.units > 0 ? ` · ${t.units.toLocaleString('en-US')} units` : ''}</span></li>)}</ol>
    </section>
  );
  return (
    <div class="ledger-totals">
      {list('Totals by supplier', totals.supplier)}
      {list('Totals by recipient', totals.recipient)}
      {list('Totals by equipment', totals.item)}
    </div>
  );
}
