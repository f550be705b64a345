// GET /api/search with facets over the two seed articles through the real server: counts over all
// matches, a facet narrows the hits server-side with paging inside the narrowed set, bad values 400.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config/index.ts';
import { createServer } from '../src/server/index.ts';
import { createStore } from '../src/store/index.ts';
import { openWorkbench } from '../src/app/index.ts';
import { loadSeeds } from './support/seed-records.ts';

interface Body {
  total: number;
  items: { documentId: string; published: string | null }[];
  facets?: { counts: { eventType: Record<string, number>; published: Record<string, number> }; counted: number; capped: boolean; entities: { id: string; name: string; count: number }[] };
  error?: { code: string };
}

async function seeded() {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  const app = createServer({ store, config: readConfig({}), webRoot: join(tmpdir(), 'lantern-no-web') });
  return async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as Body };
  };
}

test('facets=1 counts event types and months over every match', async () => {
  const get = await seeded();
  const { status, body } = await get('/api/search?q=Kazakhstan&facets=1&limit=1');
  assert.equal(status, 200);
  assert.equal(body.total, 2);
  assert.equal(body.items.length, 1);
  assert.equal(body.facets?.counted, 2);
  assert.equal(body.facets?.capped, false);
  const months = Object.values(body.facets?.counts.published ?? {}).reduce((a, b) => a + b, 0);
  assert.equal(months, 2);
  assert.ok(Object.keys(body.facets?.counts.eventType ?? {}).length > 0);
});

test('an event-type facet keeps only documents with such an event, and pages within them', async () => {
  const get = await seeded();
  const all = await get('/api/search?q=Kazakhstan&facets=1');
  const [eventType, count] = Object.entries(all.body.facets?.counts.eventType ?? {}).find(([, n]) => n === 1) ?? [];
  assert.ok(eventType, 'some event type occurs in only one of the seeds');
  const narrowed = await get(`/api/search?q=Kazakhstan&eventType=${eventType}&limit=1`);
  assert.equal(narrowed.body.total, count);
  assert.equal(narrowed.body.items.length, 1);
  assert.equal(narrowed.body.facets, undefined, 'counts only when asked for');
  const past = await get(`/api/search?q=Kazakhstan&eventType=${eventType}&limit=1&offset=1`);
  assert.deepEqual(past.body.items, []);
});

test('an entity facet and a published range combine', async () => {
  const get = await seeded();
  const all = await get('/api/search?q=Kazakhstan&facets=1');
  const entity = all.body.facets?.entities.find((e) => e.count === 1);
  assert.ok(entity);
  const hit = await get(`/api/search?q=Kazakhstan&entity=${encodeURIComponent(entity.id)}&facets=1`);
  assert.equal(hit.body.total, 1);
  const month = hit.body.items[0]?.published?.slice(0, 7) ?? '';
  const inside = await get(`/api/search?q=Kazakhstan&entity=${encodeURIComponent(entity.id)}&from=${month}&to=${month}`);
  assert.equal(inside.body.total, 1);
  const outside = await get(`/api/search?q=Kazakhstan&entity=${encodeURIComponent(entity.id)}&from=2030`);
  assert.equal(outside.body.total, 0);
});

test('unknown facet values are refused with the one error shape', async () => {
  const get = await seeded();
  for (const path of ['/api/search?q=Kazakhstan&eventType=picnic', '/api/search?q=Kazakhstan&type=planet', '/api/search?q=Kazakhstan&from=last-week', '/api/search?q=Kazakhstan&facets=yes']) {
    const { status, body } = await get(path);
    assert.equal(status, 400, path);
    assert.equal(body.error?.code, 'validation', path);
  }
});

test('the OpenAPI document lists every facet parameter of /api/search', async () => {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  const app = createServer({ store, config: readConfig({}), webRoot: join(tmpdir(), 'lantern-no-web') });
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get: { parameters: { name: string }[] } }> };
  const names = doc.paths['/api/search']?.get.parameters.map((p) => p.name) ?? [];
  for (const name of ['q', 'limit', 'offset', 'type', 'outlet', 'eventType', 'entity', 'from', 'to', 'facets']) assert.ok(names.includes(name), `${name} undocumented`);
  await store.close();
});

test('entity facets carry the analyst review: a renamed entity is counted under its new name', async () => {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  const workbench = openWorkbench({ dbPath: ':memory:' });
  const app = createServer({ store, workbench, config: readConfig({}), webRoot: join(tmpdir(), 'lantern-no-web') });
  const get = async (path: string) => (await (await app.request(path)).json()) as Body;
  const before = await get('/api/search?q=Kazakhstan&facets=1');
  const entity = before.facets?.entities[0];
  assert.ok(entity);
  await workbench.addCorrection('rename', entity.id, 'Renamed By Review');
  const after = await get('/api/search?q=Kazakhstan&facets=1');
  const renamed = after.facets?.entities.find((e) => e.id === entity.id);
  assert.equal(renamed?.name, 'Renamed By Review');
  assert.equal(renamed?.count, entity.count);
});

test('/api/facets?entity= sends only the documents naming that entity', async () => {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  const app = createServer({ store, config: readConfig({}), webRoot: join(tmpdir(), 'lantern-no-web') });
  type FacetsBody = { documents: { id: string; entities: { id: string }[] }[] };
  const get = async (path: string) => (await (await app.request(path)).json()) as FacetsBody;
  const all = await get('/api/facets');
  assert.equal(all.documents.length, 2);
  const only = all.documents[0]?.entities.find((e) => !all.documents[1]?.entities.some((o) => o.id === e.id));
  assert.ok(only, 'the first seed names an entity the second does not');
  const narrowed = await get(`/api/facets?entity=${encodeURIComponent(only.id)}`);
  assert.deepEqual(narrowed.documents.map((d) => d.id), [all.documents[0]?.id]);
  assert.deepEqual((await get('/api/facets?entity=person%3Anobody')).documents, []);
});
