// End-to-end check of the transfer ledger and events on the two seed reports: the whole
// extraction pipeline runs, then transfers and events are compared with what the reports say.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractRecord } from '../src/extract/index.ts';
import { buildDocument } from '../src/ingest/index.ts';
import type { ExtractionRecord } from '../src/model/index.ts';

function extractSeed(id: string): ExtractionRecord {
  const path = new URL(`../../shared/seeds/${id}.txt`, import.meta.url);
  return extractRecord(buildDocument({ id, source: path.pathname, format: 'text', text: readFileSync(path, 'utf8') }));
}

const nameOf = (r: ExtractionRecord, id: string | null): string | undefined => r.entities.find((e) => e.id === id)?.name;

test('seed 003: three transfers with status, parties, items and value', () => {
  const record = extractSeed('003_c674a82b06f24ef4');
  const ledger = record.transfers.map((t) => ({
    status: t.status, supplier: nameOf(record, t.supplier) ?? null, recipient: nameOf(record, t.recipient) ?? null,
    quantities: t.items.map((i) => i.quantity), value: t.value,
  }));
  assert.deepEqual(ledger, [
    { status: 'delivered', supplier: 'military', recipient: 'police', quantities: [17000, 2500, 30], value: null },
    { status: 'requested', supplier: null, recipient: 'police', quantities: [3080, 2080, 2880, 1450, 32, 840], value: null },
    { status: 'delivered', supplier: 'United States', recipient: 'Kazakhstan', quantities: [27], value: { value: 3100000, currency: 'USD' } },
  ]);
  assert.equal(nameOf(record, record.transfers[2]!.place), 'Kapshagai');
});

test('seed 003: events are typed and dated from the text and its citations', () => {
  const record = extractSeed('003_c674a82b06f24ef4');
  const events = record.events.map((e) => [e.type, e.date]);
  assert.deepEqual(events.filter(([type]) => type !== 'transfer' && type !== 'request'), [
    ['deployment', '2005-07-04'], ['legislation', '2005-06-29'], ['statement', '2005-06-30'],
  ]);
  assert.deepEqual(record.events.filter((e) => e.type === 'transfer').map((e) => e.date).at(-1), '2005-07-01');
  assert.ok(record.events.every((e) => e.summary.length > 10 && !e.summary.includes('undefined')));
});

test('seed 000: five events, the arrest of six in Ekibastuz among them', () => {
  const record = extractSeed('000_84172de54e6bc5e0');
  assert.deepEqual(record.events.map((e) => e.type), ['exercise', 'investigation', 'restriction', 'arrest', 'agreement']);
  const arrest = record.events.find((e) => e.type === 'arrest')!;
  assert.equal(arrest.quantity, 6);
  assert.equal(arrest.date, '2006-10-11');
  assert.equal(nameOf(record, arrest.place), 'Ekibastuz');
  assert.equal(record.events[0]!.date, '2006-10-10');
  assert.equal(record.transfers.length, 0);
});
