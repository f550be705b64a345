// Only the worker holding the resolver lead resolves, every N jobs and when the queue runs dry;
// a failed resolution is reported, not thrown into the worker loop.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, WorkerResolution } from '../src/app/index.ts';
import { readDocument } from '../src/ingest/index.ts';
import type { Store } from '../src/model/index.ts';
import { createStore } from '../src/store/index.ts';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'lantern-worker-resolution-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

async function storeOne(store: Store, name: string): Promise<void> {
  for (const doc of await readDocument(join(SAMPLES, name))) await store.saveDocument(doc, extractDocument(doc));
}
const resolvedDocuments = async (store: Store): Promise<number> =>
  new Set((await store.loadResolution()).parts?.filter((p) => p.key.startsWith('d:')).map((p) => p.key)).size;

test('the leader resolves every N jobs and when idle; a follower never does', async () => {
  const leaderStore = createStore({ kind: 'sqlite', path: join(work, 'lead.db') });
  const followerStore = createStore({ kind: 'sqlite', path: join(work, 'follow.db') });
  try {
    const errors: unknown[] = [];
    const leader = new WorkerResolution({ tryLead: async () => true }, leaderStore, (e) => errors.push(e), 2);
    const follower = new WorkerResolution({ tryLead: async () => false }, followerStore, (e) => errors.push(e), 2);
    for (const [w, store] of [[leader, leaderStore], [follower, followerStore]] as const) {
      await storeOne(store, '000_84172de54e6bc5e0.txt');
      w.stored(1);
      await w.settled();
    }
    assert.equal(await resolvedDocuments(leaderStore), 0, 'one job is fewer than every = 2');
    for (const [w, store] of [[leader, leaderStore], [follower, followerStore]] as const) {
      await storeOne(store, '003_c674a82b06f24ef4.txt');
      w.stored(2);
      await w.settled();
    }
    assert.ok(await resolvedDocuments(leaderStore) > 0, 'the leader resolved after two jobs');
    await follower.idle();
    assert.equal(await resolvedDocuments(followerStore), 0, 'a follower leaves resolution to the leader');
    assert.deepEqual(errors, []);
  } finally {
    await leaderStore.close();
    await followerStore.close();
  }
});

test('a resolution that fails is reported and the worker goes on', async () => {
  const store = createStore({ kind: 'sqlite', path: join(work, 'fail.db') });
  try {
    const errors: unknown[] = [];
    const broken = new WorkerResolution({ tryLead: async () => { throw new Error('connection lost'); } }, store, (e) => errors.push(e), 1);
    broken.stored(1);
    await broken.settled();
    await broken.idle();
    assert.deepEqual(errors.map((e) => (e as Error).message), ['connection lost', 'connection lost']);
  } finally {
    await store.close();
  }
});

test('a leader whose heap is mostly used stops resolving, says so once, and does not die', async () => {
  const store = createStore({ kind: 'sqlite', path: join(work, 'heap.db') });
  try {
    await storeOne(store, '000_84172de54e6bc5e0.txt');
    const errors: unknown[] = [];
    const full = new WorkerResolution({ tryLead: async () => true }, store, (e) => errors.push(e), 1, () => 0.9);
    full.stored(1);
    await full.settled();
    await full.idle();
    assert.equal(errors.length, 1);
    assert.match((errors[0] as Error).message, /outgrown this worker's heap/u);
    assert.equal(await resolvedDocuments(store), 0);
  } finally {
    await store.close();
  }
});
