// Runs the Store contract against the SQLite store, each case on a fresh database file, and
// checks what is SQLite's own: migrations recorded once, WAL mode, a sound file afterwards.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/sqlite/migrations.ts';
import { makeDocument, recordB, runStoreContract } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-store-'));
let n = 0;
const nextPath = () => join(dir, `store-${(n += 1)}.db`);

test.after(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', async () => createStore({ kind: 'sqlite', path: nextPath() }));

test('sqlite: reopening applies no migration twice and the file stays sound', async () => {
  const path = nextPath();
  const store = createStore({ kind: 'sqlite', path });
  const doc = makeDocument('b', 'Russia and Kazakhstan held a joint exercise near Aktau in October 2006. The exercise involved Humvee vehicles.');
  await store.saveDocument(doc, recordB(doc));
  await store.close();
  const again = createStore({ kind: 'sqlite', path });
  assert.equal((await again.listDocuments()).total, 1);
  await again.close();
  const db = new Database(path, { readonly: true });
  try {
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(applied, MIGRATIONS.map((m) => ({ version: m.version })).sort((a, b) => a.version - b.version));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    db.close();
  }
});
