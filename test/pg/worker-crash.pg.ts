// Kills a `lantern worker` child with SIGKILL while it holds leased jobs, lets a second worker
// take over once the leases pass, and checks that every queued document is stored exactly once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueuePaths, openQueue } from '../../src/app/index.ts';
import { readConfig } from '../../src/config/index.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = join(ROOT, '../shared/seeds');
const DOCS = 120;
const schema = `lantern_crash_${process.pid}`;
const schemaUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

/** Seed reports with a changed sentence each, so every file has its own content hash. */
function writeCorpus(dir: string): void {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  for (let i = 0; i < DOCS; i += 1) {
    const text = `${seeds[i % seeds.length] ?? ''}\n\nOn March ${(i % 28) + 1}, 2007, officials in Astana reported ${100 + i} new vehicles.\n`;
    writeFileSync(join(dir, `report-${i}.txt`), text);
  }
}

function startWorker(): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'bin/lantern.mjs'), 'worker', '--pg', schemaUrl, '--concurrency', '2', '--lease', '2', '--drain'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

test('worker: SIGKILL mid-run loses nothing and stores each document once', { timeout: 240_000 }, async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const dir = mkdtempSync(join(tmpdir(), 'lantern-crash-'));
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    writeCorpus(dir);
    const queue = openQueue(url, schema);
    assert.equal((await enqueuePaths(queue, [dir])).added, DOCS);
    assert.equal((await enqueuePaths(queue, [dir])).added, 0, 'the same texts are not queued twice');

    const first = startWorker();
    let stderr = '';
    first.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const firstExit = exited(first);
    for (let done = 0; done < 15;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      done = (await queue.counts()).done;
      assert.ok(first.exitCode === null, `first worker ended before the kill: ${stderr}`);
    }
    first.kill('SIGKILL');
    await firstExit;
    const atKill = await queue.counts();
    assert.ok(atKill.running >= 1, 'the worker died holding leased jobs');
    assert.ok(atKill.done < DOCS);

    const second = startWorker();
    assert.equal(await exited(second), 0);
    const counts = await queue.counts();
    await queue.close();
    assert.deepEqual(counts, { queued: 0, running: 0, done: DOCS, failed: 0 });
    const stored = await admin.query<{ n: number; hashes: number }>(
      `SELECT COUNT(*)::int AS n, COUNT(DISTINCT content_hash)::int AS hashes FROM ${schema}.documents`);
    assert.deepEqual(stored.rows[0], { n: DOCS, hashes: DOCS });
    const records = await admin.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${schema}.records`);
    assert.equal(records.rows[0]?.n, DOCS);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});
