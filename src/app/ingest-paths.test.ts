// Tests of the ingest use-case with the real extractor and a throwaway SQLite store: outcomes per
// document, progress reports, stdin, failures that leave stored documents alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore } from '../store/index.ts';
import { ingestPaths } from './ingest-paths.ts';
import type { IngestProgress } from './ingest-paths.ts';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest', import.meta.url));

async function withStore(body: (store: ReturnType<typeof createStore>, dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-app-'));
  const store = createStore({ kind: 'sqlite', path: join(dir, 'test.db') });
  try {
    await body(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('samples are created once, reported with progress, then unchanged', async () => {
  await withStore(async (store) => {
    const progress: IngestProgress[] = [];
    const first = await ingestPaths(store, [SAMPLES], { onProgress: (p) => progress.push(p) });
    assert.deepEqual(first.created.map((d) => d.id).sort(), ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4']);
    assert.deepEqual(progress.map((p) => `${p.done}/${p.total}`), ['0/2', '1/2', '2/2']);
    const record = await store.getRecord('003_c674a82b06f24ef4');
    const stored = await store.getDocument('003_c674a82b06f24ef4');
    assert.equal(record?.document.text, stored?.text, 'spans point into the stored text');
    assert.ok((record?.entities.length ?? 0) > 0);
    assert.ok(record?.extractor);
    const again = await ingestPaths(store, [SAMPLES]);
    assert.equal(again.unchanged.length, 2);
    assert.equal(again.created.length + again.updated.length, 0);
  });
});

test('a changed file is updated; a missing or unreadable one is reported and skipped', async () => {
  await withStore(async (store, dir) => {
    const file = join(dir, 'brief.txt');
    writeFileSync(file, 'Police detained 12 protesters in Andijan on May 13, 2005.');
    assert.equal((await ingestPaths(store, [file])).created.length, 1);
    writeFileSync(file, 'Police detained 15 protesters in Andijan on May 13, 2005.');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const summary = await ingestPaths(store, [file, empty, join(dir, 'nowhere')]);
    assert.deepEqual(summary.updated, [{ id: 'brief', path: file }]);
    assert.deepEqual(summary.failed.map((f) => f.reason).sort(), ['empty file', 'no such file or directory']);
    assert.match((await store.getDocument('brief'))?.text ?? '', /15 protesters/u);
  });
});

test('stdin and feeds: one document per item, stdin only when asked for', async () => {
  await withStore(async (store) => {
    const bytes = new TextEncoder().encode('Kazakhstan received 2,080 riot shields in July 2005.');
    const summary = await ingestPaths(store, ['-', join(FIXTURES, 'monitor-feed.rss')], { readStdin: async () => bytes });
    assert.equal(summary.created.length, 3);
    assert.match(summary.created[0]?.id ?? '', /^stdin-/u);
    const refused = await ingestPaths(store, ['-']);
    assert.equal(refused.failed.length, 1);
  });
});
