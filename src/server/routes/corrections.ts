// /api/corrections: the review log (accept, reject, rename, merge), the queue of least-confident
// extractions still to review, and entities as the corrections leave them. Renames and merges also
// go to the resolver, whose corrections survive re-extraction and re-ingest.
import { Hono, type Context } from 'hono';
import type { AccountStore } from '../../app/accounts.ts';
import { mergeEntities, renameEntity, type Actor } from '../../app/resolution-corrections.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { applyToEntities, correctionView, findEntities, recordCorrection, reviewQueue, type WorkbenchStore } from '../../app/index.ts';
import { NotFoundError, ValidationError, type Store } from '../../model/index.ts';
import { readEntityType, readPage, readText } from '../query-params.ts';

export function correctionRoutes(store: Store, workbench: WorkbenchStore, audit?: AccountStore): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();
  const actor = (c: Context<AuthEnv>): Actor => ({ name: c.get('user')?.name ?? 'anonymous', ...(audit ? { audit } : {}) });

  routes.get('/', async (c) => c.json({ items: await workbench.listCorrections() }));

  routes.post('/', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ValidationError('the request body must be JSON');
    }
    const row = await recordCorrection(workbench, body);
    try {
      if (row.op === 'rename' && row.value) await renameEntity(store, row.entityId, row.value, actor(c));
      if (row.op === 'merge' && row.value) await mergeEntities(store, [row.value, row.entityId], actor(c));
    } catch (error) {
      // An entity the resolver has no cluster for (not yet resolved) keeps the workbench decision alone.
      if (!(error instanceof NotFoundError)) throw error;
    }
    return c.json(row, 201);
  });

  routes.get('/queue', async (c) => {
    const { limit } = readPage((name) => c.req.query(name));
    return c.json({ items: await reviewQueue(store, correctionView(await workbench.listCorrections()), limit) });
  });

  // Entities with corrections applied: rejected hidden, renamed renamed, merged shown as one.
  routes.get('/entities', async (c) => {
    const q = readText(c.req.query('q'), 'q', false);
    const type = readEntityType(c.req.query('type'));
    const page = readPage((name) => c.req.query(name));
    const entities = await findEntities(store, { ...page, ...(q ? { q } : {}), ...(type ? { type } : {}) });
    return c.json(applyToEntities(entities, correctionView(await workbench.listCorrections())));
  });

  return routes;
}
