// /api/graph: the link chart's data. Neighbours of an entity (filtered by date and relation kind,
// each edge with its provenance), and the geocoded places of the map.
import { Hono } from 'hono';
import { correctionView, chartNeighbors, mapPlaces, readKinds, type WorkbenchStore } from '../../app/index.ts';
import type { Store } from '../../model/index.ts';
import { readDatePrefix, readText } from '../query-params.ts';

export function graphRoutes(store: Store, workbench: WorkbenchStore): Hono {
  const routes = new Hono();

  routes.get('/neighbors', async (c) => {
    const entity = readText(c.req.query('entity'), 'entity', true) ?? '';
    const from = readDatePrefix(c.req.query('from'), 'from');
    const to = readDatePrefix(c.req.query('to'), 'to');
    const kinds = readKinds(c.req.query('kinds'));
    const view = correctionView(await workbench.listCorrections());
    return c.json(await chartNeighbors(store, view, entity, { ...(from ? { from } : {}), ...(to ? { to } : {}), kinds }));
  });

  routes.get('/places', async (c) => {
    const view = correctionView(await workbench.listCorrections());
    return c.json({ items: await mapPlaces(store, view) });
  });

  return routes;
}
