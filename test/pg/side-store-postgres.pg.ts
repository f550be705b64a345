// Runs the side-store contract (accounts, workbench, monitoring) on PostgreSQL (LANTERN_PG_URL),
// each store set in a fresh schema dropped afterwards, and checks migrations 70-72 are recorded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { readConfig } from '../../src/config/index.ts';
import { PgAccountStore, PgMonitorStore, PgWorkbenchStore, PostgresStore } from '../../src/store/index.ts';
import { runSideStoreContract } from '../side-store-contract.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');

const run = `s${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
let n = 0;
const nextSchema = () => { const s = `lantern_${run}_${(n += 1)}`; schemas.push(s); return s; };

test.after(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

runSideStoreContract('postgres', async () => {
  const schema = nextSchema();
  return { accounts: new PgAccountStore({ url, schema }), workbench: new PgWorkbenchStore({ url, schema }), monitor: new PgMonitorStore({ url, schema }) };
});

test('postgres side stores: three stores opening one schema at once migrate it once', async () => {
  const schema = nextSchema();
  // The schema exists beforehand, as it does for a URL's search_path; the migrations are what race.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const stores = [new PgAccountStore({ url, schema }), new PgWorkbenchStore({ url, schema }), new PgMonitorStore({ url, schema })] as const;
  try {
    await Promise.all([stores[0].countUsers(), stores[1].listBoards(), stores[2].listFeeds()]);
    const check = new PostgresStore({ url, schema });
    const applied = await check.pool.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version BETWEEN 70 AND 79 ORDER BY version');
    await check.close();
    assert.deepEqual(applied.rows.map((r) => r.version), [70, 71, 72]);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});
