// /api/entities/:id/{neighbors,timeline} and the analyst's corrections of the entity graph:
// merge, split, rename/retype (PATCH), and accept/reject of one extraction (/api/extractions).

import { Hono, type Context } from 'hono';
import type { AccountStore } from '../../app/accounts.ts';
import { ENTITY_RELATION_KINDS, entityNeighbors, entityTimeline, type RelationKind } from '../../app/resolution-graph.ts';
import {
  judgeExtraction, mergeEntities, renameEntity, retypeEntity, splitEntity, type Actor, type CorrectionResult,
} from '../../app/resolution-corrections.ts';
import { ValidationError, type Store } from '../../model/index.ts';
import type { AuthEnv } from '../auth/middleware.ts';

const KINDS = ENTITY_RELATION_KINDS;

async function readBody(c: Context<AuthEnv>): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => null);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ValidationError('the body must be a JSON object');
  return body as Record<string, unknown>;
}

function readKinds(raw: string | undefined): RelationKind[] | undefined {
  if (!raw) return undefined;
  const kinds = raw.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !(KINDS as readonly string[]).includes(k));
  if (bad) throw new ValidationError(`kinds: unknown relation kind "${bad}" (one of ${KINDS.join(', ')})`);
  return kinds as RelationKind[];
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new ValidationError(`${name} must be a non-empty string`);
  return v;
}

const answer = (c: Context<AuthEnv>, r: CorrectionResult) => c.json({ entity: r.after, before: r.before, correction: r.correction });

/** Read routes and corrections under /api/entities; the actor is the logged-in user. */
export function entityGraphRoutes(store: Store, audit?: AccountStore): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();
  const actor = (c: Context<AuthEnv>): Actor => ({ name: c.get('user')?.name ?? 'anonymous', ...(audit ? { audit } : {}) });

  routes.get('/:id/neighbors', async (c) => c.json(await entityNeighbors(store, c.req.param('id'), readKinds(c.req.query('kinds')))));
  routes.get('/:id/timeline', async (c) => c.json(await entityTimeline(store, c.req.param('id'))));

  routes.post('/merge', async (c) => {
    const ids = (await readBody(c)).ids;
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new ValidationError('ids must be an array of entity ids');
    return answer(c, await mergeEntities(store, ids as string[], actor(c)));
  });

  routes.post('/:id/split', async (c) => {
    const body = await readBody(c);
    const name = optionalString(body, 'name');
    if (!name) throw new ValidationError('name (the name of the part to split off) is required');
    const documentId = optionalString(body, 'documentId');
    return answer(c, await splitEntity(store, c.req.param('id'), { name, ...(documentId ? { documentId } : {}) }, actor(c)));
  });

  routes.patch('/:id', async (c) => {
    const body = await readBody(c);
    const name = optionalString(body, 'name');
    const type = optionalString(body, 'type');
    if (!name && !type) throw new ValidationError('give a new name, a new type, or both');
    let result = type ? await retypeEntity(store, c.req.param('id'), type, actor(c)) : null;
    const id = result?.after?.id ?? c.req.param('id');
    if (name) result = await renameEntity(store, id, name, actor(c));
    return answer(c, result as CorrectionResult);
  });

  return routes;
}

/** /api/extractions/:documentId/:localId/accept|reject */
export function extractionRoutes(store: Store, audit?: AccountStore): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();
  for (const verdict of ['accept', 'reject'] as const) {
    routes.post(`/:documentId/:localId/${verdict}`, async (c) => {
      const who: Actor = { name: c.get('user')?.name ?? 'anonymous', ...(audit ? { audit } : {}) };
      return answer(c, await judgeExtraction(store, c.req.param('documentId'), c.req.param('localId'), verdict, who));
    });
  }
  return routes;
}
