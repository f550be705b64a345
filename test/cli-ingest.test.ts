// Integration: the `lantern` CLI as users run it (node bin/lantern.mjs, a temp LANTERN_DB).
// Ingest stores the seeds and names each unreadable file with its reason; re-ingest is a no-op;
// search finds the seed; extract writes records the shared scorer accepts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared');
const SEEDS = ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4'];
const work = mkdtempSync(join(tmpdir(), 'lantern-cli-'));
const db = join(work, 'lantern.db');
const corpus = join(work, 'corpus');

test.after(() => rmSync(work, { recursive: true, force: true }));

function lantern(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/lantern.mjs'), ...args], {
    cwd: work, env: { ...process.env, LANTERN_DB: db }, encoding: 'utf8', input, timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function makeCorpus(): Record<string, RegExp> {
  mkdirSync(join(corpus, 'nested'), { recursive: true });
  for (const id of SEEDS) copyFileSync(join(ROOT, 'samples', `${id}.txt`), join(corpus, id === SEEDS[1] ? 'nested' : '', `${id}.txt`));
  const pdf = readFileSync(join(ROOT, 'test/fixtures/ingest/riot-shields.pdf'));
  const bad: Record<string, [Uint8Array, RegExp]> = {
    'scan.txt': [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary file/u],
    'empty.md': [new Uint8Array(), /empty file/u],
    'latin1.txt': [Uint8Array.from(Buffer.from('Le pr\xe9sident a parl\xe9.', 'latin1')), /invalid UTF-8/u],
    'cut.pdf': [pdf.subarray(0, 200), /broken PDF/u],
  };
  const reasons: Record<string, RegExp> = {};
  for (const [name, [bytes, reason]] of Object.entries(bad)) {
    writeFileSync(join(corpus, name), bytes);
    reasons[join(corpus, name)] = reason;
  }
  return reasons;
}

interface Summary { created: { id: string }[]; updated: unknown[]; unchanged: { id: string }[]; failed: { path: string; reason: string }[] }

test('ingest stores the seeds, names each unreadable file with its reason and exits 1', () => {
  const reasons = makeCorpus();
  const run = lantern(['ingest', corpus, '--json']);
  assert.equal(run.code, 1, run.stderr);
  const summary = JSON.parse(run.stdout) as Summary;
  assert.deepEqual(summary.created.map((d) => d.id).sort(), SEEDS);
  assert.equal(summary.failed.length, 4);
  for (const [path, reason] of Object.entries(reasons)) {
    const failure = summary.failed.find((f) => f.path === path);
    assert.match(failure?.reason ?? `${path} not reported`, reason);
    assert.ok(run.stderr.split('\n').some((line) => line.startsWith(`lantern: ${path}: `) && reason.test(line)), `stderr names ${path}`);
  }
});

test('re-ingesting is a no-op and the database is sound', () => {
  const before = lantern(['documents', '--json']);
  const run = lantern(['ingest', corpus, '--json']);
  assert.equal(run.code, 1);
  const summary = JSON.parse(run.stdout) as Summary;
  assert.equal(summary.created.length + summary.updated.length, 0);
  assert.deepEqual(summary.unchanged.map((d) => d.id).sort(), SEEDS);
  assert.equal(lantern(['documents', '--json']).stdout, before.stdout, 'stored documents untouched');
  const sqlite = new Database(db, { readonly: true });
  try {
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
    const row = sqlite.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
    assert.equal(row.n, 2);
  } finally {
    sqlite.close();
  }
});

test('search finds the seed about Humvees, with a marked snippet', () => {
  const run = lantern(['search', 'Humvee', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const page = JSON.parse(run.stdout) as { items: { documentId: string; snippet: string }[] };
  assert.equal(page.items[0]?.documentId, '003_c674a82b06f24ef4');
  assert.match(page.items[0]?.snippet ?? '', /«Humvee»/u);
  assert.equal(lantern(['search', '"((unbalanced']).code, 0, 'user syntax never crashes');
});

test('ingest - reads standard input as one document', () => {
  const run = lantern(['ingest', '-', '--json'], 'Kazakhstan received 2,080 riot shields from the United States in July 2005.');
  assert.equal(run.code, 0, run.stderr);
  const summary = JSON.parse(run.stdout) as Summary;
  assert.match(summary.created[0]?.id ?? '', /^stdin-[0-9a-f]{12}$/u);
  const page = JSON.parse(lantern(['search', 'riot shields', '--json']).stdout) as { items: { documentId: string }[] };
  assert.ok(page.items.some((hit) => hit.documentId === summary.created[0]?.id));
});

test('bad command lines exit 2 with a message', () => {
  const run = lantern(['search']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /missing required argument/u);
  const extract = lantern(['extract', join(corpus, 'scan.txt')]);
  assert.equal(extract.code, 2);
  assert.match(extract.stderr, /^lantern: --out DIR is required/mu);
});

test('extract writes one record per seed and reads stdin', () => {
  const out = join(work, 'records');
  const run = lantern(['extract', ...SEEDS.map((id) => join(ROOT, 'samples', `${id}.txt`)), '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(readdirSync(out).sort(), SEEDS.map((id) => `${id}.json`));
  const record = JSON.parse(readFileSync(join(out, `${SEEDS[1]}.json`), 'utf8')) as { schema: string; document: { text: string; volume: number } };
  assert.equal(record.schema, 'lantern.extraction/1');
  assert.equal(record.document.volume, 2);
  assert.ok(!record.document.text.includes('Placeholder canvas'));
  const piped = lantern(['extract', '-'], readFileSync(join(ROOT, 'samples', `${SEEDS[0]}.txt`), 'utf8'));
  assert.equal(piped.code, 0, piped.stderr);
  assert.equal((JSON.parse(piped.stdout) as { document: { issue: number } }).document.issue, 191);
});

test('the shared scorer reads the extracted records', { skip: !existsSync(join(SHARED, 'eval/score.mjs')) && `${SHARED} is absent, scorer check skipped` }, () => {
  const out = join(work, 'records');
  if (!existsSync(out)) lantern(['extract', ...SEEDS.map((id) => join(ROOT, 'samples', `${id}.txt`)), '--out', out]);
  const score = spawnSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold', join(SHARED, 'eval/dev-gold'), '--system', out], { encoding: 'utf8' });
  assert.equal(score.status, 0, score.stderr);
  assert.match(score.stdout, /overall F1 \d\.\d{3}/u);
});
