// Runs the Store contract against PostgreSQL (LANTERN_PG_URL), each case in a fresh schema that is
// dropped afterwards, and checks what is PostgreSQL's own: migrations recorded once, concurrent
// savers of one content storing it once, the GIN index used by search.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { readConfig } from '../../src/config/index.ts';
import { createStore, PostgresStore, POSTGRES_MIGRATIONS } from '../../src/store/index.ts';
import { makeDocument, recordB, runStoreContract } from '../store-contract.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');

const run = `t${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
let n = 0;
const nextSchema = () => { const s = `lantern_${run}_${(n += 1)}`; schemas.push(s); return s; };

test.after(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

runStoreContract('postgres', async () => createStore({ kind: 'postgres', url, schema: nextSchema() }));

const TEXT = 'Russia and Kazakhstan held a joint exercise near Aktau in October 2006. The exercise involved Humvee vehicles.';

test('postgres: reopening applies no migration twice', async () => {
  const schema = nextSchema();
  const store = createStore({ kind: 'postgres', url, schema });
  const doc = makeDocument('b', TEXT);
  await store.saveDocument(doc, recordB(doc));
  await store.close();
  const again = new PostgresStore({ url, schema });
  try {
    assert.equal((await again.listDocuments()).total, 1);
    const applied = await again.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(applied.rows.map((r) => r.version), POSTGRES_MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  } finally {
    await again.close();
  }
});

test('postgres: stores opening one missing schema at once all create and migrate it', async () => {
  const schema = nextSchema();
  const stores = Array.from({ length: 4 }, () => new PostgresStore({ url, schema }));
  try {
    const totals = await Promise.all(stores.map(async (s) => (await s.listDocuments()).total));
    assert.deepEqual(totals, [0, 0, 0, 0]);
  } finally {
    for (const s of stores) await s.close();
  }
});

test('postgres: concurrent saves of one content under many ids store it once', async () => {
  const store = createStore({ kind: 'postgres', url, schema: nextSchema(), maxConnections: 8 });
  try {
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => {
      const doc = makeDocument(`copy-${i}`, TEXT);
      return store.saveDocument(doc, recordB(doc));
    }));
    assert.deepEqual(outcomes.filter((o) => o === 'created').length, 1);
    assert.equal((await store.listDocuments()).total, 1);
    assert.equal((await store.search('Humvee')).total, 1);
  } finally {
    await store.close();
  }
});

test('postgres: an unreachable server is a clear store error on first use, not at construction', async () => {
  const store = createStore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' });
  await assert.rejects(store.listDocuments(), { code: 'store_query', message: /cannot open the PostgreSQL database/u });
  await store.close();
});

test('postgres: resolution saves compare versions and serve entities by cluster', async () => {
  const store = createStore({ kind: 'postgres', url, schema: nextSchema() });
  try {
    const doc = makeDocument('b', TEXT);
    await store.saveDocument(doc, recordB(doc));
    assert.equal((await store.loadResolution()).version, 0);
    const update = {
      state: '{"v":1}', parts: [{ key: 'doc:b', json: '{}' }], clusters: [{ id: 'c-kz', type: 'place' as const, name: 'Republic of Kazakhstan' }], removedClusters: [],
      documents: ['b'], assignments: [{ documentId: 'b', localId: 'p2', clusterId: 'c-kz' }, { documentId: 'b', localId: 'p3', clusterId: null }],
    };
    const [first, second] = await Promise.all([store.saveResolution(update, 0), store.saveResolution(update, 0)]);
    assert.deepEqual([first, second].sort(), [1, null].sort());
    assert.equal(await store.resolutionVersion(), 1);
    assert.deepEqual((await store.loadResolution()).parts, [{ key: 'doc:b', json: '{}' }]);
    assert.equal((await store.getEntity('c-kz'))?.name, 'Republic of Kazakhstan');
    assert.equal(await store.getEntity('place:aktau'), null, 'a rejected entity is not served');
    assert.equal((await store.listMentions('c-kz')).total, 1);
  } finally {
    await store.close();
  }
});
