// Runs the side-store contract (accounts, workbench, monitoring) on SQLite, each case on fresh
// database files, and checks that the configuration picks the backend: SQLite without a pg url,
// PostgreSQL (connected lazily, so nothing is contacted here) with one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccounts } from '../src/app/accounts.ts';
import { openMonitor } from '../src/app/feeds.ts';
import { storeOptions } from '../src/app/open-store.ts';
import { openWorkbench } from '../src/app/review.ts';
import { readConfig } from '../src/config/index.ts';
import {
  PgAccountStore, PgMonitorStore, PgWorkbenchStore, SqliteAccountStore, SqliteMonitorStore, SqliteWorkbenchStore,
} from '../src/store/index.ts';
import { runSideStoreContract } from './side-store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-side-'));
let n = 0;

test.after(() => rmSync(dir, { recursive: true, force: true }));

runSideStoreContract('sqlite', async () => {
  const dbPath = join(dir, `side-${(n += 1)}.db`);
  return { accounts: openAccounts({ dbPath }), workbench: openWorkbench({ dbPath }), monitor: openMonitor({ dbPath }) };
});

test('LANTERN_PG_URL picks PostgreSQL for the document store and every side store; without it, SQLite', async () => {
  const dbPath = join(dir, 'picked.db');
  const pg = readConfig({ LANTERN_DB: dbPath, LANTERN_PG_URL: 'postgres://lantern@127.0.0.1:9/none' });
  assert.deepEqual(storeOptions(pg), { kind: 'postgres', url: 'postgres://lantern@127.0.0.1:9/none' });
  const onPg = [openAccounts(pg), openWorkbench(pg), openMonitor(pg)] as const;
  assert.ok(onPg[0] instanceof PgAccountStore && onPg[1] instanceof PgWorkbenchStore && onPg[2] instanceof PgMonitorStore);
  await Promise.all(onPg.map((s) => s.close()));

  const sqlite = readConfig({ LANTERN_DB: dbPath });
  assert.deepEqual(storeOptions(sqlite), { kind: 'sqlite', path: dbPath });
  const onSqlite = [openAccounts(sqlite), openWorkbench(sqlite), openMonitor(sqlite)] as const;
  assert.ok(onSqlite[0] instanceof SqliteAccountStore && onSqlite[1] instanceof SqliteWorkbenchStore && onSqlite[2] instanceof SqliteMonitorStore);
  await Promise.all(onSqlite.map((s) => s.close()));
});
