// /api/entities: canonical entities filtered by name and type, and one entity with its mentions.
import { Hono } from 'hono';
import { findEntities } from '../../app/index.ts';
import { entityDetail } from '../../app/resolution-graph.ts';
import type { Store } from '../../model/index.ts';
import { addMentionContext } from '../mention-context.ts';
import { readEntityType, readPage, readText } from '../query-params.ts';

export function entityRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const q = readText(c.req.query('q'), 'q', false);
    const type = readEntityType(c.req.query('type'));
    const page = readPage((name) => c.req.query(name));
    return c.json(await findEntities(store, { ...page, ...(q ? { q } : {}), ...(type ? { type } : {}) }));
  });

  // Mentions are paged with the same limit/offset parameters as lists, each with its context;
  // documents, roles (timeline) and relations with provenance come from the entity graph.
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const page = readPage((name) => c.req.query(name));
    const detail = await entityDetail(store, id);
    const mentions = await store.listMentions(detail.entity.id, page);
    return c.json({ ...detail, mentions: { ...mentions, items: await addMentionContext(store, mentions.items) } });
  });

  return routes;
}
