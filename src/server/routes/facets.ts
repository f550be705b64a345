// /api/facets: per-document facets (outlet, date, entity types, entities, event types) and their
// counts, over the documents matching `q` or over the whole corpus; `entity` keeps those naming it.
import { Hono } from 'hono';
import { correctionView, documentFacets, searchDocuments, type WorkbenchStore } from '../../app/index.ts';
import type { Store } from '../../model/index.ts';
import { readText } from '../query-params.ts';

const MAX_MATCHES = 500;

export function facetRoutes(store: Store, workbench: WorkbenchStore): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const q = readText(c.req.query('q'), 'q', false);
    const entity = readText(c.req.query('entity'), 'entity', false);
    const ids = q ? (await searchDocuments(store, q, { limit: MAX_MATCHES, offset: 0 })).items.map((h) => h.documentId) : undefined;
    return c.json(await documentFacets(store, correctionView(await workbench.listCorrections()), ids, entity));
  });
  return routes;
}
