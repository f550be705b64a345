// PostgreSQL: events and transfers are filtered and totalled by resolved entity, as on SQLite:
// the seeds plus a report spelling "Nazarbaev" and "U.S." ingested through a resolving store.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ingestPaths } from '../../src/app/ingest-paths.ts';
import { ledgerTotals, listAllTransfers } from '../../src/app/ledger-totals.ts';
import { withResolution } from '../../src/app/resolution.ts';
import { readConfig } from '../../src/config/index.ts';
import { createStore } from '../../src/store/index.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');
const schema = `lantern_parties_${process.pid}_${Date.now().toString(36)}`;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test.after(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

test('postgres: parties are filtered by any spelling and totalled by cluster', async () => {
  const store = withResolution(createStore({ kind: 'postgres', url, schema }));
  try {
    const summary = await ingestPaths(store, [`${ROOT}samples`, `${ROOT}test/fixtures/ledger/edm-nazarbaev-humvees.txt`]);
    assert.equal(summary.created.length, 3);
    const events = await store.listEvents({ entity: 'Nazarbaev', limit: 200 });
    const meeting = events.items.find((e) => e.documentId === 'edm-nazarbaev-humvees' && e.type === 'meeting');
    assert.deepEqual(meeting?.actors.map((a) => a.cluster?.name), ['Nursultan Nazarbayev']);
    const clusterId = meeting?.actors[0]?.cluster?.id ?? '';
    assert.deepEqual((await store.listEvents({ entity: clusterId, limit: 200 })).items.map((e) => e.id), events.items.map((e) => e.id));
    const fromUs = await listAllTransfers(store, { supplier: 'U.S.' });
    assert.deepEqual(fromUs.map((t) => t.supplier?.name), ['United States', 'U.S.']);
    const totals = ledgerTotals(await listAllTransfers(store, {}));
    assert.deepEqual(totals.bySupplier.filter((t) => t.key === 'United States' || t.key === 'U.S.').map((t) => [t.key, t.transfers]), [['United States', 2]]);
  } finally {
    await store.close();
  }
});
