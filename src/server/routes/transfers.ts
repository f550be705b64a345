// /api/transfers: the ledger's rows, filtered by supplier, recipient, item, status or document.
import { Hono } from 'hono';
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
    return c.json(await store.listTransfers(dropUndefined(filter)));
  });

  return routes;
}
