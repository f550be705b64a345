// /api/feeds: subscribed feeds with their last poll; subscribe (POST {url}) and unsubscribe.
import { Hono } from 'hono';
import { addFeed } from '../../app/feeds.ts';
import type { MonitorStore } from '../../app/feeds.ts';
import { NotFoundError, ValidationError } from '../../model/index.ts';

export async function readJsonBody(read: () => Promise<unknown>): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await read();
  } catch {
    throw new ValidationError('the request body must be JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ValidationError('the request body must be a JSON object');
  return body as Record<string, unknown>;
}

export function feedRoutes(monitor: MonitorStore): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => c.json({ items: await monitor.listFeeds() }));
  routes.post('/', async (c) => {
    const { url } = await readJsonBody(() => c.req.json());
    if (typeof url !== 'string') throw new ValidationError('url must be a string');
    return c.json(await addFeed(monitor, url), 201);
  });
  routes.delete('/:id', async (c) => {
    if (!(await monitor.removeFeed(c.req.param('id')))) throw new NotFoundError('feed', c.req.param('id'));
    return c.body(null, 204);
  });
  return routes;
}

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export const feedPaths = {
  '/api/feeds': {
    get: { summary: 'Subscribed feeds with their last poll', responses: { '200': { description: 'Feeds' } } },
    post: { summary: 'Subscribe to a feed ({ "url": "https://..." })', responses: { '201': { description: 'The feed' }, '400': { description: 'Not an http(s) address' } } },
  },
  '/api/feeds/{id}': {
    delete: { summary: 'Unsubscribe', parameters: [idParam], responses: { '204': { description: 'Removed' }, '404': { description: 'No such feed' } } },
  },
};
