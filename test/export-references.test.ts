// Reference imports: real SIPRI and ACLED rows (test/fixtures/references) read, stored once, and
// linked to a transfer or an event only when parties, item and year (or actor, place, date) agree.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMonitor } from '../src/app/feeds.ts';
import type { MonitorStore } from '../src/app/feeds.ts';
import { acledDate, parseCsv } from '../src/app/references-csv.ts';
import { importReferences, referencesForEvent, referencesForTransfer } from '../src/app/references.ts';
import type { EventRow, TransferRow } from '../src/model/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'references');
const ref = (name: string, type: 'organization' | 'place' | 'group' = 'place') => ({ id: name, type, name });

function transfer(items: string, date: string): TransferRow {
  return {
    id: 'd/t1', documentId: 'd', supplier: ref('United States'), recipient: ref('Kazakhstan'), items: [{ item: items, quantity: 40 }],
    value: null, status: 'delivered', date, place: null, span: [0, 1], text: '', sources: [],
  };
}

describe('reference records', () => {
  let monitor: MonitorStore;
  before(() => {
    monitor = openMonitor({ dbPath: join(mkdtempSync(join(tmpdir(), 'lantern-refs-')), 'x.db') });
  });
  after(() => monitor.close());

  test('imports SIPRI and ACLED rows once', async () => {
    assert.deepEqual(await importReferences(monitor, 'sipri', join(FIXTURES, 'sipri-trade-register.csv')), { read: 5, added: 5 });
    assert.deepEqual(await importReferences(monitor, 'sipri', join(FIXTURES, 'sipri-trade-register.csv')), { read: 5, added: 0 });
    assert.deepEqual(await importReferences(monitor, 'acled', join(FIXTURES, 'acled-events.csv')), { read: 3, added: 3 });
    await assert.rejects(importReferences(monitor, 'acled', join(FIXTURES, 'sipri-trade-register.csv')), { code: 'validation' });
    await assert.rejects(importReferences(monitor, 'gtd', join(FIXTURES, 'acled-events.csv')), { code: 'validation' });
  });

  test('a Humvee transfer in 2008 finds the HMMWV order of 2007; the 2005 one and other items do not', async () => {
    const found = await referencesForTransfer(monitor, transfer('Humvee vehicles', '2008-06'));
    assert.deepEqual(found.map((r) => [r.item, r.year]), [['HMMWV-UA | APV', 2007]]);
    assert.equal(found[0]?.row.comments, 'M-1151 version');
    assert.deepEqual(await referencesForTransfer(monitor, transfer('Humvee mobile vehicles', '2005-07-01')), []);
    assert.deepEqual(await referencesForTransfer(monitor, transfer('tanks', '2008')), []);
  });

  test('an event links to the ACLED row with its date, place and an actor', async () => {
    const event: EventRow = {
      id: 'd/e1', documentId: 'd', type: 'protest', cameo: null, date: '2020-05-07', place: ref('Taraz'), actors: [ref('Health Workers', 'group')],
      targets: [], quantity: 26, summary: '', span: [0, 1], text: '', sources: [],
    };
    assert.deepEqual((await referencesForEvent(monitor, event)).map((r) => r.rowKey), ['KAZ632']);
    assert.deepEqual(await referencesForEvent(monitor, { ...event, date: '2020-05-08' }), []);
    assert.deepEqual(await referencesForEvent(monitor, { ...event, place: ref('Almaty') }), []);
  });
});

test('CSV reader: quoted commas, doubled quotes and line breaks', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n'), [['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  assert.equal(acledDate('9-May-20'), '2020-05-09');
  assert.equal(acledDate('not a date'), null);
});
