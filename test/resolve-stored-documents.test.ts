// Documents stored without resolution (as queue workers store them) join the entity graph when a
// worker goes idle (resolveStoredDocuments) or at the next read through a resolving store.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, openStore, resolveStoredDocuments } from '../src/app/index.ts';
import { readDocument } from '../src/ingest/index.ts';
import { createStore } from '../src/store/index.ts';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'lantern-stored-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

async function storeWithoutResolution(db: string): Promise<void> {
  const raw = createStore({ kind: 'sqlite', path: db });
  try {
    for (const name of ['000_84172de54e6bc5e0.txt', '003_c674a82b06f24ef4.txt']) {
      for (const doc of await readDocument(join(SAMPLES, name))) await raw.saveDocument(doc, extractDocument(doc));
    }
  } finally {
    await raw.close();
  }
}

const clusterCount = async (db: string): Promise<number> => {
  const raw = createStore({ kind: 'sqlite', path: db });
  try {
    return (await raw.loadResolution()).parts?.length ?? 0;
  } finally {
    await raw.close();
  }
};

test('resolveStoredDocuments adds what workers stored, once', async () => {
  const db = join(work, 'idle.db');
  await storeWithoutResolution(db);
  assert.equal(await clusterCount(db), 0);
  const raw = createStore({ kind: 'sqlite', path: db });
  try {
    assert.equal(await resolveStoredDocuments(raw), 2);
    assert.equal(await resolveStoredDocuments(raw), 0);
  } finally {
    await raw.close();
  }
  assert.ok(await clusterCount(db) > 10);
});

test('a read through a resolving store resolves documents stored without it', async () => {
  const db = join(work, 'read.db');
  await storeWithoutResolution(db);
  const store = openStore({ dbPath: db });
  try {
    const kazakhstan = (await store.listEntities({ q: 'Kazakhstan', type: 'place' })).items[0];
    assert.ok(kazakhstan);
    assert.equal(kazakhstan.documentCount, 2);
    assert.match(kazakhstan.id, /^c\d+$/u, 'the entity is a resolved cluster, not a per-name key');
  } finally {
    await store.close();
  }
});

test('a document a worker stores again with a changed record is resolved again', async () => {
  const db = join(work, 'changed.db');
  await storeWithoutResolution(db);
  const raw = createStore({ kind: 'sqlite', path: db });
  try {
    assert.equal(await resolveStoredDocuments(raw), 2);
    const [doc] = await readDocument(join(SAMPLES, '003_c674a82b06f24ef4.txt'));
    assert.ok(doc);
    const text = `${doc.text}\n\nGeneral Sergei Ivanovsky of the Kazakh Border Service commented.`;
    const changed = { ...doc, text, contentHash: `${doc.contentHash}-changed` };
    assert.equal(await raw.saveDocument(changed, extractDocument(changed)), 'updated');
    assert.equal(await resolveStoredDocuments(raw), 1);
    assert.equal(await resolveStoredDocuments(raw), 0);
    const found = (await raw.listEntities({ q: 'Ivanovsky' })).items[0];
    assert.match(found?.id ?? '', /^c\d+$/u, 'the new version\'s entity joined the graph');
  } finally {
    await raw.close();
  }
});
