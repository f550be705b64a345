// Integration: `lantern ingest --threads` as users run it. With bad files among good ones it
// reports the same summary, stderr lines and exit code as the one-thread path, and leaves the
// database with exactly the same documents, entities, mentions, events, transfers and clusters.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4'];
const work = mkdtempSync(join(tmpdir(), 'lantern-cli-threads-'));
const corpus = join(work, 'corpus');

test.after(() => rmSync(work, { recursive: true, force: true }));

function lantern(args: string[], db: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/lantern.mjs'), ...args], {
    cwd: work, env: { ...process.env, LANTERN_PG_URL: '', ...env, LANTERN_DB: db }, encoding: 'utf8', timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Two seeds, a feed with two items, a short report, and two files that cannot be read. */
function makeCorpus(): void {
  mkdirSync(join(corpus, 'nested'), { recursive: true });
  for (const id of SEEDS) copyFileSync(join(ROOT, 'samples', `${id}.txt`), join(corpus, id === SEEDS[1] ? 'nested' : '', `${id}.txt`));
  copyFileSync(join(ROOT, 'test/fixtures/ingest/monitor-feed.rss'), join(corpus, 'monitor-feed.rss'));
  writeFileSync(join(corpus, 'brief.txt'), 'Kazakhstan received 2,080 riot shields from the United States in July 2005.');
  writeFileSync(join(corpus, 'scan.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(corpus, 'empty.md'), '');
}

/** Every stored row that extraction produced, in a stable order (ingest times left out). */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).all();
    return {
      documents: rows('SELECT id, title, text, content_hash FROM documents ORDER BY id'),
      records: rows('SELECT document_id, json FROM records ORDER BY document_id'),
      entities: rows('SELECT document_id, local_id, canonical_key, type, name, aliases, mention_count FROM entities ORDER BY document_id, local_id'),
      mentions: rows('SELECT document_id, canonical_key, start, end FROM mentions ORDER BY document_id, start, end, canonical_key'),
      events: rows('SELECT id, type, cameo, date, refs FROM events ORDER BY id'),
      transfers: rows('SELECT id, supplier_key, recipient_key, value, status FROM transfers ORDER BY id'),
      clusters: rows('SELECT id, type, name FROM resolved_clusters ORDER BY id'),
      assignments: rows('SELECT document_id, local_id, cluster_id FROM entity_clusters ORDER BY document_id, local_id'),
    };
  } finally {
    db.close();
  }
}

interface Summary { created: { id: string; path: string }[]; unchanged: { id: string }[]; failed: { path: string; reason: string }[] }

test('ingest --threads 2 with bad files among good ones: same summary, stderr, exit code and rows as one thread', () => {
  makeCorpus();
  const plainDb = join(work, 'plain.db');
  const threadedDb = join(work, 'threaded.db');
  const plain = lantern(['ingest', corpus, '--json'], plainDb);
  const threaded = lantern(['ingest', corpus, '--threads', '2', '--json'], threadedDb);
  assert.equal(plain.code, 1, plain.stderr);
  assert.equal(threaded.code, 1, threaded.stderr);
  const summary = JSON.parse(threaded.stdout) as Summary;
  assert.deepEqual(summary, JSON.parse(plain.stdout));
  assert.equal(summary.created.length, 5, 'two seeds, two feed items, one brief');
  assert.deepEqual(summary.failed.map((f) => f.reason).sort(), ['binary file', 'empty file']);
  assert.equal(threaded.stderr, plain.stderr);
  assert.match(threaded.stderr, /^lantern: .*scan\.txt: binary file$/mu);
  const rows = dump(threadedDb);
  assert.ok(rows.entities!.length > 20 && rows.events!.length > 0 && rows.transfers!.length > 0 && rows.clusters!.length > 10);
  assert.deepEqual(rows, dump(plainDb));
});

test('ingest --threads auto skips what is stored; the plain text summary counts it', () => {
  const run = lantern(['ingest', corpus, '--threads', 'auto'], join(work, 'threaded.db'));
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '0 created, 0 updated, 5 unchanged, 2 failed\n');
});

test('ingest --help documents --threads and --queue; bad combinations exit 2 with a message', () => {
  const help = lantern(['ingest', '--help'], join(work, 'help.db'));
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--threads <n\|auto>/u);
  assert.match(help.stdout, /--queue\s+do not extract here: queue one job per document/u);
  assert.match(help.stdout, /--pg-url <url>/u);
  const cases: [string[], RegExp][] = [
    [['--threads', '0'], /--threads must be a positive integer, not 0/u],
    [['--threads', 'many'], /--threads must be a positive integer/u],
    [['--queue'], /no PostgreSQL database: pass --pg-url URL or set LANTERN_PG_URL/u],
    [['--queue', '--threads', '2', '--pg-url', 'postgres://127.0.0.1:1/none'], /--queue and --threads do not mix/u],
    [['--pg-url', 'postgres://127.0.0.1:1/none'], /--pg-url goes with --queue/u],
  ];
  for (const [flags, message] of cases) {
    const run = lantern(['ingest', corpus, ...flags], join(work, 'refused.db'));
    assert.equal(run.code, 2, `${flags.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
  }
});
