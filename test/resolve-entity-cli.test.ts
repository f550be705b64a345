// `lantern entity show|merge|rename` over the seed reports: what an analyst reads and changes
// from the terminal, kept in the store and in the audit log.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccounts } from '../src/app/accounts.ts';
import { runCli } from '../src/cli/main.ts';

const SEEDS = ['samples/000_84172de54e6bc5e0.txt', 'samples/003_c674a82b06f24ef4.txt'];
const work = mkdtempSync(join(tmpdir(), 'lantern-entity-cli-'));
const db = join(work, 'lantern.db');

test.after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI in this process and returns its exit code and standard output. */
async function lantern(...args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => { chunks.push(String(chunk)); return true; }) as typeof process.stdout.write;
  try {
    const code = await runCli(['--db', db, ...args]);
    return { code, out: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

test('entity show, merge and rename', async () => {
  assert.equal((await lantern('ingest', ...SEEDS)).code, 0);

  const shown = await lantern('entity', 'show', 'Nazarbayev');
  assert.equal(shown.code, 0);
  assert.match(shown.out, /^Nursultan Nazarbayev {2}\(person, c\d+\)/u);
  assert.match(shown.out, /aliases: {3}Nazarbayev/u);
  assert.match(shown.out, /2005 {2}president/u);
  assert.match(shown.out, /cites → Interfax \(media\)/u);

  const merged = await lantern('entity', 'merge', 'Interior Ministry', 'Interior Ministry Troops', '--json');
  assert.equal(merged.code, 0);
  const result = JSON.parse(merged.out) as { after: { id: string; aliases: string[] } };
  assert.ok(result.after.aliases.includes('Interior Ministry Troops'));

  const renamed = await lantern('entity', 'rename', result.after.id, 'Kazakh Interior Ministry');
  assert.match(renamed.out, /→ Kazakh Interior Ministry/u);
  const again = await lantern('entity', 'show', 'Kazakh Interior Ministry', '--json');
  assert.equal((JSON.parse(again.out) as { entity: { id: string } }).entity.id, result.after.id);

  assert.notEqual((await lantern('entity', 'show', 'No Such Entity Anywhere')).code, 0);

  const accounts = openAccounts({ dbPath: db });
  try {
    const actions = (await accounts.listAudit(20, 0)).items.filter((a) => a.actor === 'cli').map((a) => a.action);
    assert.deepEqual(actions, ['entity.rename', 'entity.merge']);
  } finally {
    await accounts.close();
  }
});
