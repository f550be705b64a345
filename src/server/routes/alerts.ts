// /api/alerts: watchlist alerts, newest first, with what matched and the webhook's outcome.
import { Hono } from 'hono';
import type { MonitorStore } from '../../app/feeds.ts';
import { readPage } from '../query-params.ts';

export function alertRoutes(monitor: MonitorStore): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const page = readPage((name) => c.req.query(name));
    return c.json({ ...(await monitor.listAlerts(page)), ...page });
  });
  return routes;
}

export const alertPaths = {
  '/api/alerts': {
    get: {
      summary: 'Watchlist alerts, newest first',
      parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }, { name: 'offset', in: 'query', schema: { type: 'integer' } }],
      responses: { '200': { description: 'A page of alerts' } },
    },
  },
};
