// The extraction thread pool gives the same records as extraction on the main thread, and
// threaded ingest stores the same documents as plain ingest.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../ingest/index.ts';
import { StoreQueryError } from '../model/index.ts';
import type { Store } from '../model/index.ts';
import { createStore } from '../store/index.ts';
import { extractDocument } from './extract-document.ts';
import { ExtractPool } from './worker-pool.ts';
import { ingestPathsThreaded } from './worker-pool-ingest.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

test('ExtractPool: threads return the records the main thread computes; bad input is refused', async () => {
  assert.throws(() => new ExtractPool(0), { code: 'validation' });
  const docs = (await Promise.all(['000_84172de54e6bc5e0.txt', '003_c674a82b06f24ef4.txt'].map((f) => readDocument(join(SEEDS, f))))).flat();
  const pool = new ExtractPool(2);
  try {
    const threaded = await Promise.all(docs.map((d) => pool.extract(d)));
    assert.deepEqual(threaded, docs.map((d) => extractDocument(d)));
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.extract(docs[0]!), /closed/u);
});

test('ingestPathsThreaded: stores every seed once, and again nothing', async () => {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  try {
    const first = await ingestPathsThreaded(store, [SEEDS], { threads: 1 });
    assert.equal(first.created.length, 2);
    assert.equal(first.failed.length, 0);
    // Known content is skipped before extraction, so the second run starts a thread but uses none.
    const again = await ingestPathsThreaded(store, [SEEDS], { threads: 1 });
    assert.equal(again.unchanged.length, 2);
    assert.ok(((await store.listEntities()).total) > 10);
  } finally {
    await store.close();
  }
});

test('ingestPathsThreaded: a batch the store refuses is saved one document at a time, with progress per file', async () => {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  const refusing = new Proxy(store, {
    get(target, key) {
      if (key === 'saveDocuments') return async () => { throw new StoreQueryError('batch refused', 'COMMIT', []); };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) satisfies Store;
  try {
    const progress: string[] = [];
    const summary = await ingestPathsThreaded(refusing, [SEEDS], { threads: 2, onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    assert.deepEqual(summary.created.map((d) => d.id), ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4']);
    assert.deepEqual(progress, ['0/2', '1/2', '2/2']);
    assert.equal((await store.listDocuments()).total, 2);
  } finally {
    await store.close();
  }
});
