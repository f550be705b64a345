// `lantern ingest` leaves one audit entry per stored document, and none for a no-op re-ingest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/lantern.mjs');
const lantern = (db: string, args: string[]) =>
  spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 });

test('ingest writes audit entries for created documents only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-audit-'));
  const db = join(dir, 'l.db');
  try {
    assert.equal(lantern(db, ['ingest', 'samples']).status, 0);
    assert.equal(lantern(db, ['ingest', 'samples']).status, 0);
    const audit = lantern(db, ['audit']);
    assert.equal(audit.status, 0, audit.stderr);
    const creates = audit.stdout.split('\n').filter((line) => line.includes('ingest.create'));
    assert.equal(creates.length, 2);
    assert.ok(creates.some((line) => line.includes('003_c674a82b06f24ef4')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
