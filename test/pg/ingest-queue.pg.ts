// `lantern ingest --queue` queues the documents of good files, names the bad ones and exits 1;
// `lantern worker` then stores them in batches and resolves them once the queue is dry, and a job
// without a document fails alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPgStore, openQueue } from '../../src/app/index.ts';
import { readConfig } from '../../src/config/index.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schema = `lantern_ingestq_${process.pid}`;
const schemaUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

function lantern(args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/lantern.mjs'), ...args], {
    cwd: ROOT, env: { ...process.env, LANTERN_PG_URL: schemaUrl }, encoding: 'utf8', timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('ingest --queue, then a worker: good documents stored in batches, a bad job fails alone', { timeout: 240_000 }, async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const dir = mkdtempSync(join(tmpdir(), 'lantern-ingestq-'));
  const queue = openQueue(url, schema);
  try {
    for (const id of ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4']) copyFileSync(join(ROOT, 'samples', `${id}.txt`), join(dir, `${id}.txt`));
    writeFileSync(join(dir, 'brief.txt'), 'Kazakhstan received 2,080 riot shields from the United States in July 2005.');
    writeFileSync(join(dir, 'empty.txt'), '');
    const queued = lantern(['ingest', dir, '--queue']);
    assert.equal(queued.code, 1, queued.stderr);
    assert.match(queued.stdout, /^3 queued, 1 failed, 3 waiting in the queue$/mu);
    assert.match(queued.stdout, /lantern worker/u);
    assert.match(queued.stderr, /empty\.txt: empty file/u);
    assert.match(lantern(['ingest', dir, '--queue']).stdout, /^0 queued \(3 already queued\)/mu);
    assert.equal(await queue.enqueue([{ kind: 'ingest', payload: { nothing: true } }]), 1);

    const worker = lantern(['worker', '--drain', '--batch', '8', '--json']);
    assert.equal(worker.code, 0, worker.stderr);
    // The bad job is tried up to five times (each attempt counts), then failed for good.
    assert.deepEqual(JSON.parse(worker.stdout), { processed: 3, failed: 5 });
    assert.deepEqual(await queue.counts(), { queued: 0, running: 0, done: 3, failed: 1 });
    const store = openPgStore(schemaUrl, 1);
    try {
      assert.deepEqual((await store.listDocuments()).items.map((d) => d.id).sort(), ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4', 'brief']);
      // The worker that found the queue dry resolved what was stored: entities are clusters across documents.
      const kazakhstan = (await store.listEntities({ q: 'Kazakhstan', type: 'place' })).items[0];
      assert.equal(kazakhstan?.documentCount, 3);
      assert.match(kazakhstan?.id ?? '', /^c\d+$/u);
    } finally {
      await store.close();
    }
  } finally {
    await queue.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});
