// A rename made in the review queue (POST /api/corrections) reaches the resolver: the entity is
// served under its new name, and still after `lantern ingest` of a new version of the document.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/app/index.ts';
import { openWorkbench } from '../src/app/review.ts';
import { runCli } from '../src/cli/main.ts';
import { readConfig } from '../src/config/index.ts';
import type { EntitySummary, Page } from '../src/model/index.ts';
import { createServer } from '../src/server/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = readFileSync(join(ROOT, 'samples', '000_84172de54e6bc5e0.txt'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'lantern-review-'));
const db = join(work, 'lantern.db');
const file = join(work, 'exercises.txt');

test.after(() => rmSync(work, { recursive: true, force: true }));

async function ingest(text: string): Promise<void> {
  writeFileSync(file, text);
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    assert.equal(await runCli(['--db', db, 'ingest', file]), 0);
  } finally {
    process.stdout.write = write;
  }
}

test('a review-queue rename survives re-ingest of a new version', async () => {
  await ingest(SEED);
  const names = async (): Promise<string[]> => {
    const store = openStore({ dbPath: db });
    try {
      return (await store.listEntities({ limit: 200 })).items.map((e) => e.name);
    } finally {
      await store.close();
    }
  };
  const store = openStore({ dbPath: db });
  const workbench = openWorkbench({ dbPath: db });
  const app = createServer({ store, workbench, config: readConfig({}), webRoot: join(work, 'no-web'), logError: (e) => { throw e; } });
  try {
    const page = (await (await app.request('/api/entities?limit=200')).json()) as Page<EntitySummary>;
    const fsb = page.items.find((e) => e.name === 'Federal Security Service');
    assert.ok(fsb, 'the seed yields the Federal Security Service');
    const res = await app.request('/api/corrections', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ op: 'rename', entity: fsb.id, value: 'FSB of Russia' }),
    });
    assert.equal(res.status, 201, await res.clone().text());
  } finally {
    await workbench.close();
    await store.close();
  }
  assert.ok((await names()).includes('FSB of Russia'));
  await ingest(`${SEED}\n\nA later paragraph added to the report changes its text.`);
  const after = await names();
  assert.ok(after.includes('FSB of Russia'), 'the rename outlives the new version');
  assert.ok(!after.includes('Federal Security Service'));
});
