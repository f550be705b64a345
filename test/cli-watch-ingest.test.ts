// A watch added from the CLI raises an alert when a plain `lantern ingest` stores a matching document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/lantern.mjs');
const lantern = (db: string, args: string[]) =>
  spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 });

test('lantern ingest raises alerts for CLI watches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-watch-'));
  const db = join(dir, 'l.db');
  try {
    assert.equal(lantern(db, ['watch', 'add', 'item', 'Humvee']).status, 0);
    assert.equal(lantern(db, ['watch', 'add', 'keyword', 'submarine']).status, 0);
    assert.equal(lantern(db, ['ingest', 'samples']).status, 0);
    const alerts = lantern(db, ['alerts']);
    assert.equal(alerts.status, 0, alerts.stderr);
    assert.match(alerts.stdout, /003_c674a82b06f24ef4/);
    assert.doesNotMatch(alerts.stdout, /submarine/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
