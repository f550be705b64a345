// `lantern ledger` on the ingested seeds: the three transfers with status, totals per item from
// each item's own quantity, a status filter, CSV, a clear error for an unknown status, and
// supplier and recipient filters by any spelling of a resolved entity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/lantern.mjs');
const dir = mkdtempSync(join(tmpdir(), 'lantern-ledger-'));
const db = join(dir, 'l.db');
const lantern = (args: string[]) => spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 });

test.before(() => assert.equal(lantern(['ingest', 'samples']).status, 0));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('the ledger lists the seed transfers with totals', () => {
  const run = lantern(['ledger']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /delivered\s+United States -> Kazakhstan\s+27 Humvee mobile vehicles\s+\(3,100,000 USD\)/);
  assert.match(run.stdout, /delivered\s+military -> police\s+17,000 pistols, 2,500 automatic weapons, 30 machine guns/);
  assert.match(run.stdout, /^3 transfers$/m);
  assert.match(run.stdout, /^ {2}pistols: 1 transfer, 17,000 units$/m);
  assert.match(run.stdout, /^ {2}police: 2 transfers, 29,892 units$/m);
});

test('filters, CSV and a bad status', () => {
  const requested = lantern(['ledger', '--status', 'requested', '--json']);
  const rows = JSON.parse(requested.stdout) as { status: string; items: unknown[] }[];
  assert.deepEqual(rows.map((r) => [r.status, r.items.length]), [['requested', 6]]);
  const csv = lantern(['ledger', '--csv']).stdout.trim().split('\n');
  assert.equal(csv.length, 4);
  assert.ok(csv.some((line) => line.includes('27 Humvee mobile vehicles') && line.includes('3100000')));
  const bad = lantern(['ledger', '--status', 'stolen']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--status must be one of/);
});

test('a report spelling the supplier "U.S." joins the seeds\' United States in filters and totals', () => {
  assert.equal(lantern(['ingest', resolve('test/fixtures/ledger/edm-nazarbaev-humvees.txt')]).status, 0);
  for (const supplier of ['U.S.', 'United States']) {
    const run = lantern(['ledger', '--supplier', supplier]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /United States -> Kazakhstan\s+27 Humvee mobile vehicles/);
    assert.match(run.stdout, /U\.S\. -> Kazakhstan\s+12 Humvee vehicles/);
    assert.match(run.stdout, /^2 transfers$/m);
    assert.match(run.stdout, /^by supplier:\n {2}United States: 2 transfers, 39 units, 4,500,000 USD\nby recipient:$/m);
  }
  const all = lantern(['ledger']).stdout;
  assert.doesNotMatch(all, /^ {2}U\.S\.:/m, 'one total per supplier, under its canonical name');
  const json = JSON.parse(lantern(['ledger', '--recipient', 'Kazakhstan', '--json']).stdout) as { recipient: { cluster?: { name: string } } }[];
  assert.deepEqual(json.map((r) => r.recipient.cluster?.name), ['Kazakhstan', 'Kazakhstan']);
  assert.match(lantern(['ledger', '--supplier', 'Rosoboronexport']).stdout, /^0 transfers$/m);
});
