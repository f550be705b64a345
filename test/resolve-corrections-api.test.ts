// Analyst corrections made through the API (rename, merge, reject) survive `lantern ingest` of a
// new version of the same document, run as its own store like a second process would be, and
// each correction is in the audit log with who made it and the entity before and after.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAccounts } from '../src/app/accounts.ts';
import { openStore } from '../src/app/index.ts';
import { runCli } from '../src/cli/main.ts';
import { readConfig } from '../src/config/index.ts';
import type { EntitySummary, Page } from '../src/model/index.ts';
import { createServer } from '../src/server/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = readFileSync(join(ROOT, 'samples', '000_84172de54e6bc5e0.txt'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'lantern-corrections-'));
const db = join(work, 'lantern.db');
const file = join(work, 'kazakh-exercises.txt');

test.after(() => rmSync(work, { recursive: true, force: true }));

async function ingest(text: string): Promise<void> {
  writeFileSync(file, text);
  const write = process.stdout.write;
  process.stdout.write = () => true; // the summary line is not what this test reads
  try {
    assert.equal(await runCli(['--db', db, 'ingest', file]), 0);
  } finally {
    process.stdout.write = write;
  }
}

test('corrections through the API survive ingest of a new version of the document', async () => {
  await ingest(SEED);
  const store = openStore({ dbPath: db });
  const accounts = openAccounts({ dbPath: db });
  const app = createServer({ store, accounts, config: readConfig({}), webRoot: join(work, 'no-web'), logError: (e) => { throw e; } });
  const call = async <T>(method: string, path: string, body?: object): Promise<T> => {
    const res = await app.request(path, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    assert.equal(res.status, 200, `${method} ${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  const find = async (name: string): Promise<EntitySummary | undefined> =>
    (await call<Page<EntitySummary>>('GET', '/api/entities?limit=200')).items.find((e) => e.name === name);
  try {
    const ministry = await find('Ministry of Defense');
    const ministryOfInterior = await find('Interior Ministry');
    const troops = await find('Interior Ministry Troops');
    assert.ok(ministry && ministryOfInterior && troops, 'the seed yields the entities this test corrects');
    assert.match(ministry.id, /^c\d+$/u, 'entities are served by resolver cluster');

    await call('PATCH', `/api/entities/${ministry.id}`, { name: 'Kazakh Ministry of Defense' });
    const merged = await call<{ entity: EntitySummary }>('POST', '/api/entities/merge', { ids: [ministryOfInterior.id, troops.id] });
    assert.deepEqual(merged.entity.aliases.includes('Interior Ministry Troops') || merged.entity.name === 'Interior Ministry Troops', true);
    const record = await store.getRecord('kazakh-exercises');
    const rifle = record?.entities.find((e) => e.type === 'equipment' && e.name === 'rifle');
    assert.ok(rifle, 'the seed names a rifle');
    await call('POST', `/api/extractions/kazakh-exercises/${rifle.id}/reject`);
    assert.equal(await find('rifle'), undefined, 'a rejected extraction is no longer served');

    // A new version: a sentence reworded and a paragraph added; ingest runs on its own store.
    const next = `${SEED.replace('Moreover, the authorities', 'The authorities, moreover,')}\n\n`
      + 'The Ministry of Defense said the Interior Ministry Troops would train with the army again next year.\n';
    await ingest(next);
    assert.ok((await store.getDocument('kazakh-exercises'))?.text.includes('train with the army again'), 'the new version is stored');

    const renamed = await find('Kazakh Ministry of Defense');
    assert.ok(renamed, 'the rename survives re-ingest');
    assert.equal(await find('Ministry of Defense'), undefined);
    assert.ok(renamed.mentionCount > ministry.mentionCount, 'the new mention joined the renamed entity');
    const all = (await call<Page<EntitySummary>>('GET', '/api/entities?limit=200')).items;
    const interior = all.filter((e) => e.name === 'Interior Ministry' || e.name === 'Interior Ministry Troops'
      || e.aliases.includes('Interior Ministry Troops'));
    assert.equal(interior.length, 1, `the merge survives re-ingest: ${JSON.stringify(interior.map((e) => e.name))}`);
    assert.equal(await find('rifle'), undefined, 'the rejection survives re-ingest');

    const detail = await call<{ entity: EntitySummary; documents: string[] }>('GET', `/api/entities/${renamed.id}`);
    assert.deepEqual(detail.documents, ['kazakh-exercises']);

    const audit = (await accounts.listAudit(50, 0)).items.filter((a) => a.action.startsWith('entity.'));
    assert.deepEqual(audit.map((a) => a.action).sort(), ['entity.merge', 'entity.reject', 'entity.rename']);
    const rename = audit.find((a) => a.action === 'entity.rename');
    assert.equal(rename?.actor, 'local');
    const change = JSON.parse(rename?.detail ?? '{}') as { before: EntitySummary[]; after: EntitySummary };
    assert.equal(change.before[0]?.name, 'Ministry of Defense');
    assert.equal(change.after.name, 'Kazakh Ministry of Defense');
  } finally {
    await accounts.close();
    await store.close();
  }
});
