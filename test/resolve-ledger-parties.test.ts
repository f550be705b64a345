// Events and transfers are filtered and totalled by resolved entity: a report spelling the
// president "Nazarbaev" and the supplier "U.S." joins the seeds' "Nursultan Nazarbayev" and
// "United States", whether the filter gives the cluster id, a naive key or a plain name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/app/index.ts';
import type { LedgerTotals } from '../src/app/ledger-totals.ts';
import { runCli } from '../src/cli/main.ts';
import { readConfig } from '../src/config/index.ts';
import type { EntitySummary, EventRow, Page, TransferRow } from '../src/model/index.ts';
import { createServer } from '../src/server/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VARIANT = join(ROOT, 'test', 'fixtures', 'ledger', 'edm-nazarbaev-humvees.txt');
const work = mkdtempSync(join(tmpdir(), 'lantern-parties-'));
const db = join(work, 'lantern.db');

test.before(async () => {
  const write = process.stdout.write;
  process.stdout.write = () => true; // the ingest summary is not what this test reads
  try {
    assert.equal(await runCli(['--db', db, 'ingest', join(ROOT, 'samples'), VARIANT]), 0);
  } finally {
    process.stdout.write = write;
  }
});
test.after(() => rmSync(work, { recursive: true, force: true }));

function serve() {
  const store = openStore({ dbPath: db });
  const app = createServer({ store, config: readConfig({}), webRoot: join(work, 'no-web'), logError: (e) => { throw e; } });
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  return { store, get };
}

test('events of one person are found by cluster id, by either spelling and by naive key', async () => {
  const { store, get } = serve();
  try {
    const people = await get<Page<EntitySummary>>('/api/entities?q=Nazarba&type=person');
    const president = people.items.find((e) => e.name === 'Nursultan Nazarbayev');
    assert.ok(president, 'the seeds and the variant resolve to one president');
    assert.ok(president.aliases.includes('Nursultan Nazarbaev'));
    const byId = await get<Page<EventRow>>(`/api/events?entity=${president.id}`);
    const meeting = byId.items.find((e) => e.documentId === 'edm-nazarbaev-humvees' && e.type === 'meeting');
    assert.ok(meeting, 'the variant report\'s meeting is found by the cluster of the seeds\' spelling');
    assert.deepEqual(meeting.actors.map((a) => [a.name, a.cluster?.id, a.cluster?.name]),
      [['Nursultan Nazarbaev', president.id, 'Nursultan Nazarbayev']]);
    const ids = byId.items.map((e) => e.id);
    for (const value of ['Nazarbaev', 'Nursultan Nazarbayev', 'person:nursultan-nazarbaev', 'person:nursultan-nazarbayev']) {
      const found = await get<Page<EventRow>>(`/api/events?entity=${encodeURIComponent(value)}`);
      assert.deepEqual(found.items.map((e) => e.id), ids, value);
    }
    assert.equal((await get<Page<EventRow>>('/api/events?entity=Tokayev')).total, 0);
  } finally {
    await store.close();
  }
});

test('transfers from one supplier under two spellings are filtered and totalled as one', async () => {
  const { store, get } = serve();
  try {
    const all = await get<Page<TransferRow> & { totals: LedgerTotals }>('/api/transfers');
    const suppliers = all.totals.bySupplier.map((t) => [t.key, t.transfers]);
    assert.deepEqual(suppliers.filter(([key]) => key === 'United States' || key === 'U.S.'), [['United States', 2]]);
    const states = all.totals.bySupplier.find((t) => t.key === 'United States');
    assert.match(states?.id ?? '', /^c\d+$/u);
    assert.deepEqual(states?.values, { USD: 4_500_000 });
    for (const value of ['U.S.', 'United States', states?.id ?? '']) {
      const page = await get<Page<TransferRow> & { totals: LedgerTotals }>(`/api/transfers?supplier=${encodeURIComponent(value)}`);
      assert.deepEqual(page.items.map((t) => [t.documentId, t.supplier?.name, t.supplier?.cluster?.id]),
        [['003_c674a82b06f24ef4', 'United States', states?.id], ['edm-nazarbaev-humvees', 'U.S.', states?.id]], value);
      assert.deepEqual(page.totals.byRecipient.map((t) => [t.key, t.transfers, t.units]), [['Kazakhstan', 2, 39]]);
    }
    const police = await get<Page<TransferRow>>('/api/transfers?recipient=police&supplier=military');
    assert.deepEqual(police.items.map((t) => t.id), ['003_c674a82b06f24ef4/tr1']);
  } finally {
    await store.close();
  }
});
