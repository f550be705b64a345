// /api/search: full-text search over documents, with « »-marked snippets, paged.
import { Hono } from 'hono';
import { searchDocuments } from '../../app/index.ts';
import type { Store } from '../../model/index.ts';
import { readPage, readText } from '../query-params.ts';

export function searchRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const q = readText(c.req.query('q'), 'q', true) ?? '';
    const page = readPage((name) => c.req.query(name));
    return c.json({ query: q, ...(await searchDocuments(store, q, page)) });
  });

  return routes;
}
