// /api/watchlists: watches on entities, keywords, event types and transferred items; add
// (POST {kind, value, webhook?}) and remove.
import { Hono } from 'hono';
import type { MonitorStore } from '../../app/feeds.ts';
import { addWatch, WATCH_KINDS } from '../../app/watchlists.ts';
import { NotFoundError, ValidationError } from '../../model/index.ts';
import { readJsonBody } from './feeds.ts';

export function watchlistRoutes(monitor: MonitorStore): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => c.json({ items: await monitor.listWatches() }));
  routes.post('/', async (c) => {
    const { kind, value, webhook } = await readJsonBody(() => c.req.json());
    if (typeof kind !== 'string' || typeof value !== 'string') throw new ValidationError('kind and value must be strings');
    if (webhook !== undefined && webhook !== null && typeof webhook !== 'string') throw new ValidationError('webhook must be a string');
    return c.json(await addWatch(monitor, kind, value, webhook ?? null), 201);
  });
  routes.delete('/:id', async (c) => {
    if (!(await monitor.removeWatch(Number(c.req.param('id'))))) throw new NotFoundError('watch', c.req.param('id'));
    return c.body(null, 204);
  });
  return routes;
}

export const watchlistPaths = {
  '/api/watchlists': {
    get: { summary: 'Watches', responses: { '200': { description: 'Watches' } } },
    post: {
      summary: `Add a watch ({ "kind": ${WATCH_KINDS.map((k) => `"${k}"`).join('|')}, "value": "...", "webhook": "https://..." })`,
      responses: { '201': { description: 'The watch' }, '400': { description: 'Bad kind, value or webhook' } },
    },
  },
  '/api/watchlists/{id}': {
    delete: { summary: 'Remove a watch and its alerts', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '204': { description: 'Removed' }, '404': { description: 'No such watch' } } },
  },
};
