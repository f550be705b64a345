// /api/transfers: the ledger's rows, filtered by supplier, recipient, item, status or document,
// with totals by supplier, recipient and item over every matching row. Supplier and recipient take an
// entity id, any spelling of its name or a naive key; totals count each resolved entity once.
import { Hono } from 'hono';
import { ledgerTotals, listAllTransfers } from '../../app/ledger-totals.ts';
import type { Store } from '../../model/index.ts';
import { TRANSFER_STATUSES, dropUndefined, readChoice, readPage, readText } from '../query-params.ts';

export function transferRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const q = (name: string) => c.req.query(name);
    const filter = {
      ...readPage(q),
      supplier: readText(q('supplier'), 'supplier', false),
      recipient: readText(q('recipient'), 'recipient', false),
      item: readText(q('item'), 'item', false),
      status: readChoice(q('status'), 'status', TRANSFER_STATUSES),
      documentId: readText(q('document'), 'document', false),
    };
    const { limit: _limit, offset: _offset, ...matching } = dropUndefined(filter);
    const [page, all] = await Promise.all([store.listTransfers(dropUndefined(filter)), listAllTransfers(store, matching)]);
    return c.json({ ...page, totals: ledgerTotals(all) });
  });

  return routes;
}
