// The export, alerts, feeds, watchlists and references routes in-process over the seed articles:
// streamed exports with their media types, validation errors in the one error shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { openMonitor } from '../src/app/feeds.ts';
import { createServer } from '../src/server/index.ts';
import { readConfig } from '../src/config/index.ts';
import { MemoryStore } from './support/memory-store.ts';
import { loadSeeds } from './support/seed-records.ts';

async function app() {
  const store = new MemoryStore();
  for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  const monitor = openMonitor({ dbPath: join(mkdtempSync(join(tmpdir(), 'lantern-api-')), 'x.db') });
  return { monitor, server: createServer({ store, monitor, config: readConfig({}), webRoot: join(tmpdir(), 'lantern-no-web'), logError: () => {} }) };
}

test('GET /api/export streams each format with its media type', async () => {
  const { server, monitor } = await app();
  const csv = await server.request('/api/export/transfers?format=csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/u);
  assert.match(csv.headers.get('content-disposition') ?? '', /lantern-transfers\.csv/u);
  assert.match(await csv.text(), /United States,Kazakhstan,27 Humvee/u);
  const gexf = await server.request('/api/export/graph?format=gexf');
  assert.equal(XMLValidator.validate(await gexf.text()), true);
  const places = (await (await server.request('/api/export/places')).json()) as { type: string; features: unknown[] };
  assert.equal(places.type, 'FeatureCollection');
  assert.ok(places.features.length > 0);
  const bad = await server.request('/api/export/graph?format=csv');
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'validation');
  await monitor.close();
});

test('watchlists, feeds and alerts over the API', async () => {
  const { server, monitor } = await app();
  const post = (path: string, body: unknown) => server.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post('/api/watchlists', { kind: 'item', value: 'Humvee' })).status, 201);
  assert.equal((await post('/api/watchlists', { kind: 'event', value: 'picnic' })).status, 400);
  assert.equal((await post('/api/feeds', { url: 'https://example.org/feed.xml' })).status, 201);
  assert.equal((await post('/api/feeds', { url: 'gopher://example.org' })).status, 400);
  const feeds = (await (await server.request('/api/feeds')).json()) as { items: { id: number; url: string }[] };
  assert.deepEqual(feeds.items.map((f) => f.url), ['https://example.org/feed.xml']);
  assert.equal((await server.request(`/api/feeds/${feeds.items[0]?.id}`, { method: 'DELETE' })).status, 204);
  const watch = (await monitor.listWatches())[0];
  assert.ok(watch);
  await monitor.addAlert(watch.id, '003_c674a82b06f24ef4', 'transfer of 27 Humvee');
  const alerts = (await (await server.request('/api/alerts')).json()) as { total: number; items: { value: string; documentId: string }[] };
  assert.equal(alerts.total, 1);
  assert.equal(alerts.items[0]?.value, 'Humvee');
  const refs = await server.request('/api/references?transfer=003_c674a82b06f24ef4/none');
  assert.equal(refs.status, 404);
  await monitor.close();
});
