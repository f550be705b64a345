// Copies a SQLite workbench into a fresh PostgreSQL schema and checks the copy answers the same
// queries (documents, records, entities, mentions, events, transfers, search, resolver state).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { copyStore } from '../../src/app/index.ts';
import { readConfig } from '../../src/config/index.ts';
import { createStore } from '../../src/store/index.ts';
import { makeDocument, recordA, recordB } from '../store-contract.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');

const TEXT_A = 'Kazakhstan received 2,080 riot shields from the United States (Interfax, July 1, 4). '
  + 'Interior Minister Zautbek Turisbekov said Kazakhstan would use force.';
const TEXT_B = 'Russia and Kazakhstan held a joint exercise near Aktau in October 2006. The exercise involved Humvee vehicles.';

test('migrate: a SQLite workbench copied to PostgreSQL answers the same queries', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-migrate-'));
  const schema = `lantern_migrate_${process.pid}`;
  const from = createStore({ kind: 'sqlite', path: join(dir, 'source.db') });
  const to = createStore({ kind: 'postgres', url, schema });
  try {
    const a = makeDocument('a', TEXT_A, 'Shields');
    const b = makeDocument('b', TEXT_B);
    await from.saveDocument(a, recordA(a));
    await from.saveDocument(b, recordB(b));
    await from.saveResolution({ state: '{"clusters":1}', clusters: [], removedClusters: [], documents: [], assignments: [] }, 0);
    const progress: number[] = [];
    const summary = await copyStore(from, to, (p) => progress.push(p.done));
    assert.deepEqual({ documents: summary.documents, created: summary.created }, { documents: 2, created: 2 });
    assert.deepEqual(progress, [0, 1, 2]);
    assert.equal((await to.loadResolution()).state, '{"clusters":1}');
    assert.deepEqual(await to.getRecord('a'), await from.getRecord('a'));
    assert.equal((await to.getDocument('a'))?.title, 'Shields');
    for (const query of ['Kazakhstan', 'Humvee']) assert.equal((await to.search(query)).total, (await from.search(query)).total);
    assert.deepEqual(await to.listEntities(), await from.listEntities());
    assert.deepEqual(await to.listMentions('place:kazakhstan'), await from.listMentions('place:kazakhstan'));
    assert.deepEqual(await to.listEvents(), await from.listEvents());
    assert.deepEqual(await to.listTransfers(), await from.listTransfers());
    assert.equal((await copyStore(from, to)).unchanged, 2, 'a second run copies nothing twice');
  } finally {
    await from.close();
    await to.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});
