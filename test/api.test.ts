// The HTTP API in-process over the two seed articles: lists, lookups, search, filters, the one
// error shape, the OpenAPI document and the security headers. Data-dependent cases run against
// both the in-memory test store and the real SQLite store.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveStoredDocuments } from '../src/app/index.ts';
import { createServer } from '../src/server/index.ts';
import { readConfig } from '../src/config/index.ts';
import { StoreQueryError, type Store } from '../src/model/index.ts';
import { createStore } from '../src/store/index.ts';
import { MemoryStore } from './support/memory-store.ts';
import { loadSeeds } from './support/seed-records.ts';

const HUMVEE_DOC = '003_c674a82b06f24ef4';

async function seededApp(opts: { webRoot?: string; store?: Store } = {}) {
  const store = opts.store ?? new MemoryStore();
  for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  // Resolved as an ingest would have: a first read would otherwise re-key the entities mid-test.
  await resolveStoredDocuments(store);
  const logged: unknown[] = [];
  const app = createServer({ store, config: readConfig({}), webRoot: opts.webRoot ?? join(tmpdir(), 'lantern-no-web'), logError: (e) => logged.push(e) });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { res, body: (await res.json()) as Record<string, unknown> };
  };
  return { app, get, logged };
}

const STORES: [string, () => Store][] = [
  ['memory store', () => new MemoryStore()],
  ['sqlite store', () => createStore({ kind: 'sqlite', path: ':memory:' })],
];

for (const [name, makeStore] of STORES) {
  describe(`over the ${name}`, () => {
    test('GET /api/documents lists both seeds and honours limit/offset', async () => {
      const { get } = await seededApp({ store: makeStore() });
      const { res, body } = await get('/api/documents');
      assert.equal(res.status, 200);
      assert.equal(body.total, 2);
      const ids = (body.items as { id: string }[]).map((d) => d.id).sort();
      assert.deepEqual(ids, ['000_84172de54e6bc5e0', HUMVEE_DOC]);
      const second = await get('/api/documents?limit=1&offset=1');
      assert.equal((second.body.items as unknown[]).length, 1);
      assert.equal(second.body.limit, 1);
      assert.equal(second.body.offset, 1);
    });

    test('GET /api/documents/:id returns text and extraction record', async () => {
      const { get } = await seededApp({ store: makeStore() });
      const { res, body } = await get(`/api/documents/${HUMVEE_DOC}`);
      assert.equal(res.status, 200);
      const doc = body.document as { title: string; text: string };
      const record = body.record as { schema: string; entities: { name: string; mentions: [number, number][] }[] };
      assert.equal(doc.title, 'KAZAKHSTAN PREPARED TO USE FORCE AGAINST “REVOLUTIONARIES”');
      assert.equal(record.schema, 'lantern.extraction/1');
      const humvee = record.entities.find((e) => e.name === 'Humvee');
      assert.ok(humvee);
      const [start, end] = humvee.mentions[0] as [number, number];
      assert.equal(doc.text.slice(start, end), 'Humvee');
    });

    test('GET /api/search?q=Humvee finds the seed article with a marked snippet', async () => {
      const { get } = await seededApp({ store: makeStore() });
      const { res, body } = await get('/api/search?q=Humvee');
      assert.equal(res.status, 200);
      const hits = body.items as { documentId: string; snippet: string }[];
      assert.deepEqual(hits.map((h) => h.documentId), [HUMVEE_DOC]);
      assert.match(hits[0]?.snippet ?? '', /«Humvee»/);
      assert.equal(body.query, 'Humvee');
    });

    test('GET /api/entities filters by name and type; /api/entities/:id returns mentions', async () => {
      const { get } = await seededApp({ store: makeStore() });
      const people = await get('/api/entities?q=nazarbayev&type=person');
      const items = people.body.items as { id: string; name: string; documentCount: number }[];
      assert.deepEqual(items.map((e) => e.name), ['Nursultan Nazarbayev']);
      assert.equal(items[0]?.documentCount, 2);
      const places = await get('/api/entities?type=place&limit=200');
      assert.ok((places.body.items as { type: string }[]).every((e) => e.type === 'place'));

      const id = items[0]?.id ?? '';
      const one = await get(`/api/entities/${encodeURIComponent(id)}?limit=200`);
      assert.equal(one.res.status, 200);
      type Mention = { documentId: string; text: string; before: string; after: string; title: string | null };
      const mentions = one.body.mentions as { items: Mention[]; total: number };
      assert.equal(mentions.items.length, mentions.total);
      assert.ok(mentions.total > 2);
      const two = await get(`/api/entities/${encodeURIComponent(id)}?limit=2&offset=1`);
      assert.equal((two.body.mentions as { items: unknown[] }).items.length, 2);
      assert.ok(mentions.items.every((m) => m.text.includes('Nazarbayev')));
      const first = mentions.items.find((m) => m.documentId === HUMVEE_DOC && m.before.endsWith('Kazakh President '));
      assert.ok(first, 'a mention with its preceding words');
      assert.equal(first.after, ' justifies using force against "revolutionaries."');
      assert.equal(first.title, 'KAZAKHSTAN PREPARED TO USE FORCE AGAINST “REVOLUTIONARIES”');
    });

    test('GET /api/events and /api/transfers filter the seeds\' facts', async () => {
      const { get } = await seededApp({ store: makeStore() });
      const exercises = await get('/api/events?type=exercise&from=2006-10&to=2006-10-31');
      assert.deepEqual((exercises.body.items as { id: string }[]).map((e) => e.id), ['000_84172de54e6bc5e0/v1']);
      const humvees = await get('/api/transfers?item=humvee');
      const rows = humvees.body.items as { documentId: string; supplier: { name: string } }[];
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.supplier.name, 'United States');
    });

    test('GET /api/transfers totals every matching row, not only the page', async () => {
      const { get } = await seededApp({ store: makeStore() });
      const res = await get('/api/transfers?limit=1');
      assert.equal((res.body.items as unknown[]).length, 1);
      const totals = res.body.totals as Record<'bySupplier' | 'byRecipient' | 'byItem', { key: string; transfers: number; units: number; values: Record<string, number> }[]>;
      const all = (await get('/api/transfers')).body.items as { items: { quantity: number | null }[] }[];
      const units = all.flatMap((t) => t.items).reduce((n, i) => n + (i.quantity ?? 0), 0);
      assert.equal(totals.byItem.reduce((n, t) => n + t.units, 0), units);
      assert.equal(totals.bySupplier.reduce((n, t) => n + t.transfers, 0), all.length);
      assert.equal(totals.byRecipient.reduce((n, t) => n + t.transfers, 0), all.length);
      assert.ok(totals.bySupplier.some((t) => t.key === 'United States' && t.values.USD === 3_100_000));
    });
  });
}

test('unknown ids and unknown /api routes answer 404 in the error shape', async () => {
  const { get } = await seededApp();
  for (const path of ['/api/documents/nope', '/api/entities/person:nobody', '/api/nothing-here']) {
    const { res, body } = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.equal((body.error as { code: string }).code, 'not_found');
    assert.equal(typeof (body.error as { message: string }).message, 'string');
  }
});

test('bad parameters answer 400 with code "validation"', async () => {
  const { get } = await seededApp();
  const bad = ['/api/documents?limit=0', '/api/documents?limit=201', '/api/documents?offset=-1', '/api/documents?limit=abc',
    '/api/search', '/api/search?q=%20', `/api/search?q=${'x'.repeat(501)}`, '/api/entities?type=planet',
    '/api/events?from=yesterday', '/api/transfers?status=lost'];
  for (const path of bad) {
    const { res, body } = await get(path);
    assert.equal(res.status, 400, path);
    assert.deepEqual(Object.keys(body), ['error']);
    assert.equal((body.error as { code: string }).code, 'validation', path);
  }
});

test('store failures answer 500 without leaking SQL, and are logged', async () => {
  const store = new MemoryStore();
  store.search = async () => {
    throw new StoreQueryError('no such column: secret_col', 'SELECT secret_col FROM docs', ['Humvee']);
  };
  const { get, logged } = await seededApp({ store });
  const { res, body } = await get('/api/search?q=Humvee');
  assert.equal(res.status, 500);
  assert.deepEqual(body, { error: { code: 'store_query', message: 'Internal server error' } });
  assert.equal(logged.length, 1);
});

test('GET /api/health reports the document count', async () => {
  const { get } = await seededApp();
  const { res, body } = await get('/api/health');
  assert.equal(res.status, 200);
  assert.deepEqual(body, { status: 'ok', documents: 2 });
});

test('the OpenAPI document describes every registered /api route', async () => {
  const { app, get } = await seededApp();
  const { body } = await get('/api/openapi.json');
  assert.equal(body.openapi, '3.1.0');
  const documented = Object.keys(body.paths as object);
  const registered = new Set(app.routes
    .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*'))
    .map((r) => r.path.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}')));
  assert.ok(registered.size >= 8);
  for (const path of registered) assert.ok(documented.includes(path), `${path} missing from openapi.json`);
  for (const path of documented) assert.ok(registered.has(path), `${path} documented but not served`);
});

test('every response carries CSP, nosniff and no-referrer', async () => {
  const { app } = await seededApp();
  for (const path of ['/api/health', '/api/nothing-here', '/api/documents?limit=0']) {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      assert.ok(csp.includes(directive), `${path}: ${directive} in ${csp}`);
    }
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  }
});

test('the web app is served with SPA fallback, but never for /api paths', async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'lantern-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Lantern</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  const { app } = await seededApp({ webRoot });
  const home = await app.request('/');
  assert.equal(home.status, 200);
  assert.equal(home.headers.get('cache-control'), 'no-cache');
  assert.match(await home.text(), /<title>Lantern/);
  const deep = await app.request('/documents/003');
  assert.match(await deep.text(), /<title>Lantern/);
  assert.equal(deep.headers.get('cache-control'), 'no-cache');
  const asset = await app.request('/assets/app.js');
  assert.match(asset.headers.get('content-type') ?? '', /javascript/);
  assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
  const missing = await app.request('/assets/missing.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('cache-control'), null);
  const api = await app.request('/api/unknown');
  assert.equal(api.status, 404);
  assert.match(api.headers.get('content-type') ?? '', /json/);
});
