// /api/events: typed events across documents, filtered by type, date range, entity or document. The
// entity is a resolved entity's id, any spelling of its name, or a naive key; each party carries its cluster.
import { Hono } from 'hono';
import { EVENT_TYPES, type Store } from '../../model/index.ts';
import { dropUndefined, readChoice, readDatePrefix, readPage, readText } from '../query-params.ts';

export function eventRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const q = (name: string) => c.req.query(name);
    const filter = {
      ...readPage(q),
      type: readChoice(q('type'), 'type', EVENT_TYPES),
      from: readDatePrefix(q('from'), 'from'),
      to: readDatePrefix(q('to'), 'to'),
      entity: readText(q('entity'), 'entity', false),
      documentId: readText(q('document'), 'document', false),
    };
    return c.json(await store.listEvents(dropUndefined(filter)));
  });

  return routes;
}
