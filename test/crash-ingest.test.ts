// Crash safety: `lantern ingest` of 1,000 files is killed with SIGKILL part-way, then run again.
// Every file must end up stored exactly once and SQLite's integrity check must pass: each
// document is one transaction, and re-ingesting skips content already stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const FILES = 1000;
const BIN = resolve('bin/lantern.mjs');
const PLACES = ['Kyiv', 'Tbilisi', 'Baku', 'Yerevan', 'Minsk', 'Chisinau', 'Astana', 'Tashkent'];

function writeCorpus(dir: string): void {
  for (let i = 0; i < FILES; i += 1) {
    const place = PLACES[i % PLACES.length] ?? 'Kyiv';
    writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}.txt`),
      `Report ${i}\n\nOn March ${(i % 28) + 1}, 2014, officials in ${place} said that shipment number ${i} of ` +
      `${(i % 9) + 2} armored vehicles had arrived (Interfax, March ${(i % 28) + 1}).\n`);
  }
}

function storedCount(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema is still being written
  }
}

function ingest(dbPath: string, dir: string, killAfter?: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, '--db', dbPath, 'ingest', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.resume();
    let timer: NodeJS.Timeout | undefined;
    if (killAfter !== undefined) {
      timer = setInterval(() => {
        if (storedCount(dbPath) >= killAfter) child.kill('SIGKILL');
      }, 50);
    }
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      done({ code, signal });
    });
  });
}

test('kill -9 during ingest of 1,000 files, then ingest again: each file stored once, database intact', { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'lantern-crash-'));
  const dir = join(root, 'files');
  mkdirSync(dir);
  writeCorpus(dir);
  const dbPath = join(root, 'lantern.db');
  try {
    const first = await ingest(dbPath, dir, 100);
    assert.equal(first.signal, 'SIGKILL', 'the first run should have been killed mid-way');
    const partial = storedCount(dbPath);
    assert.ok(partial >= 100 && partial < FILES, `killed after ${partial} documents`);

    const second = await ingest(dbPath, dir);
    assert.equal(second.code, 0);

    const db = new Database(dbPath, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const row = db.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS hashes, count(DISTINCT source) AS sources FROM documents').get() as { n: number; hashes: number; sources: number };
      assert.deepEqual(row, { n: FILES, hashes: FILES, sources: FILES });
      const fts = db.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number };
      assert.equal(fts.n, FILES, 'one full-text row per document');
    } finally {
      db.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
