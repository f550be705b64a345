// /api/documents: the paged list of stored documents and one document with its extraction record.
import { Hono } from 'hono';
import { listDocuments } from '../../app/index.ts';
import { NotFoundError, type Store } from '../../model/index.ts';
import { readPage } from '../query-params.ts';

export function documentRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const page = readPage((name) => c.req.query(name));
    return c.json(await listDocuments(store, page));
  });

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const [document, record] = await Promise.all([store.getDocument(id), store.getRecord(id)]);
    if (!document) throw new NotFoundError('document', id);
    return c.json({ document, record });
  });

  return routes;
}
