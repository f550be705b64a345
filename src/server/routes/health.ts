// /api/health: liveness plus a cheap store round trip, so a broken database shows as a 500.
import { Hono } from 'hono';
import type { Store } from '../../model/index.ts';

export function healthRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const { total } = await store.listDocuments({ limit: 1, offset: 0 });
    return c.json({ status: 'ok', documents: total });
  });

  return routes;
}
