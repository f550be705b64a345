// /api/references?transfer=ID or ?event=ID: SIPRI or ACLED reference rows that agree with one
// extracted transfer or event, shown beside it.
import { Hono } from 'hono';
import type { MonitorStore } from '../../app/feeds.ts';
import { referencesForEvent, referencesForTransfer } from '../../app/references.ts';
import { NotFoundError, ValidationError } from '../../model/index.ts';
import type { Store } from '../../model/index.ts';

export function referenceRoutes(store: Store, monitor: MonitorStore): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const transferId = c.req.query('transfer');
    const eventId = c.req.query('event');
    if (!transferId === !eventId) throw new ValidationError('give exactly one of transfer or event');
    const documentId = (transferId ?? eventId ?? '').split('/')[0] ?? '';
    if (transferId) {
      const t = (await store.listTransfers({ documentId, limit: 500 })).items.find((x) => x.id === transferId);
      if (!t) throw new NotFoundError('transfer', transferId);
      return c.json({ transfer: t.id, items: await referencesForTransfer(monitor, t) });
    }
    const e = (await store.listEvents({ documentId, limit: 500 })).items.find((x) => x.id === eventId);
    if (!e) throw new NotFoundError('event', eventId ?? '');
    return c.json({ event: e.id, items: await referencesForEvent(monitor, e) });
  });
  return routes;
}

export const referencePaths = {
  '/api/references': {
    get: {
      summary: 'SIPRI or ACLED reference rows agreeing with a transfer (parties, item, year) or an event (actor, place, date)',
      parameters: [
        { name: 'transfer', in: 'query', description: 'Transfer id', schema: { type: 'string' } },
        { name: 'event', in: 'query', description: 'Event id', schema: { type: 'string' } },
      ],
      responses: { '200': { description: 'Matching reference rows' }, '400': { description: 'Neither or both ids' }, '404': { description: 'No such transfer or event' } },
    },
  },
};
