// `lantern migrate` of a whole SQLite workbench (documents, a board, a rename correction, a user,
// an API token, audit entries, a watch with its alert) into a fresh PostgreSQL schema, twice; then
// the server opened from a LANTERN_PG_URL configuration logs the migrated user in and shows it all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../../src/app/index.ts';
import { addUser, createToken, openAccounts } from '../../src/app/accounts.ts';
import { recordAudit } from '../../src/app/audit.ts';
import { saveBoard } from '../../src/app/boards.ts';
import { openMonitor } from '../../src/app/feeds.ts';
import { openWorkbench, recordCorrection } from '../../src/app/review.ts';
import { addWatch } from '../../src/app/watchlists.ts';
import { readConfig } from '../../src/config/index.ts';
import type { EntitySummary, Page } from '../../src/model/index.ts';
import { createServer } from '../../src/server/index.ts';
import { PostgresStore } from '../../src/store/index.ts';
import { makeDocument, recordB } from '../store-contract.ts';

const pgUrl = readConfig().pgUrl;
if (pgUrl === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');
const url: string = pgUrl;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEXT_B = 'Russia and Kazakhstan held a joint exercise near Aktau in October 2006. The exercise involved Humvee vehicles.';
const schema = `lantern_side_${process.pid}`;
const schemaUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/** A SQLite workbench as an analyst leaves it; returns the API token and the renamed entity's id. */
async function buildSource(db: string): Promise<{ token: string; aktau: string }> {
  const config = { dbPath: db };
  const store = openStore(config);
  const accounts = openAccounts(config);
  const workbench = openWorkbench(config);
  const monitor = openMonitor(config);
  try {
    const doc = makeDocument('b', TEXT_B, 'Exercise');
    await store.saveDocument(doc, recordB(doc));
    const aktau = (await store.listEntities({ q: 'Aktau' })).items[0]?.id;
    assert.ok(aktau, 'the source lists Aktau');
    await addUser(accounts, 'ana', 'admin', 'ana-password-1', 'cli');
    const token = await createToken(accounts, 'ana', 'nightly', 'cli');
    await recordAudit(accounts, 'ana', 'ingest.create', 'b', 'b.txt');
    await saveBoard(workbench, 'caspian', { name: 'Caspian exercises', board: { nodes: [aktau] } });
    await recordCorrection(workbench, { op: 'rename', entity: aktau, value: 'Aqtau' });
    const watch = await addWatch(monitor, 'item', 'Humvee');
    await monitor.addAlert(watch.id, 'b', 'transfer of Humvee');
    return { token, aktau };
  } finally {
    await Promise.all([store.close(), accounts.close(), workbench.close(), monitor.close()]);
  }
}

function migrate(db: string): Record<string, { read: number; added: number } | number> {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/lantern.mjs'), 'migrate', '--from', db, '--to', schemaUrl, '--json'],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Record<string, { read: number; added: number } | number>;
}

test('migrate copies the workbench side once, and the server on PostgreSQL logs in and applies the correction', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-side-migrate-'));
  const db = join(dir, 'source.db');
  await admin(`CREATE SCHEMA ${schema}`);
  try {
    const { token, aktau } = await buildSource(db);
    const first = migrate(db);
    assert.equal(first.documents, 1);
    for (const table of ['users', 'tokens', 'boards', 'corrections', 'watches', 'alerts']) {
      assert.deepEqual(first[table], { read: 1, added: 1 }, table);
    }
    assert.deepEqual(first.audit, { read: 3, added: 3 }, 'user.add, token.create and the ingest entry');
    const second = migrate(db);
    assert.equal(second.unchanged, 1);
    for (const table of ['users', 'tokens', 'audit', 'boards', 'corrections', 'watches', 'alerts']) {
      assert.equal((second[table] as { added: number }).added, 0, `${table} copied twice`);
    }

    const config = readConfig({ LANTERN_PG_URL: schemaUrl, LANTERN_DB: join(dir, 'unused.db') });
    const store = openStore(config);
    const accounts = openAccounts(config);
    const workbench = openWorkbench(config);
    const monitor = openMonitor(config);
    const app = createServer({ store, config, accounts, workbench, monitor, webRoot: join(dir, 'no-web'), logError: () => {} });
    try {
      const refused = await app.request('/api/boards');
      assert.equal(refused.status, 401, 'the migrated user ends single-user mode');
      const login = await app.request('/api/login', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ana', password: 'ana-password-1' }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const me = (await (await app.request('/api/me', { headers: { cookie } })).json()) as { user: { name: string; role: string } };
      assert.deepEqual([me.user.name, me.user.role], ['ana', 'admin']);

      const get = async <T>(path: string): Promise<T> => {
        const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
        return (await res.json()) as T;
      };
      const board = await get<{ name: string; board: { nodes: string[] } }>('/api/boards/caspian');
      assert.deepEqual([board.name, board.board.nodes], ['Caspian exercises', [aktau]]);
      const entities = await get<Page<EntitySummary>>('/api/corrections/entities?q=Aktau');
      assert.deepEqual(entities.items.map((e) => [e.id, e.name]), [[aktau, 'Aqtau']]);
      const audit = await get<{ items: { action: string }[] }>('/api/audit?limit=50');
      for (const action of ['user.add', 'token.create', 'ingest.create']) assert.ok(audit.items.some((e) => e.action === action), action);
      const alerts = await get<{ total: number; items: { value: string; documentId: string }[] }>('/api/alerts');
      assert.deepEqual(alerts.items.map((a) => [a.value, a.documentId]), [['Humvee', 'b']]);
    } finally {
      await Promise.all([store.close(), accounts.close(), workbench.close(), monitor.close()]);
    }

    const check = new PostgresStore({ url: schemaUrl });
    try {
      const users = await check.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      assert.equal(users.rows[0]?.n, 1, 'the users table is in the migrated schema');
    } finally {
      await check.close();
    }
  } finally {
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    rmSync(dir, { recursive: true, force: true });
  }
});
