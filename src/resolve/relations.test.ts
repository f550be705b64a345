import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTRACTION_SCHEMA, type ExtractionRecord } from '../model/index.ts';
import { fixtureRecord } from './fixture-records.ts';
import { createResolver } from './resolver.ts';
import { sentenceSpans } from './sentences.ts';

const HANDOVER = 'The United States has handed over 27 Humvee mobile vehicles worth $3.1 million. On July 1 U.S. Ambassador John Ordway attended a handover with Kazakhstan’s Deputy Defense Minister Lt.-General Bolat Sembinov (Interfax, July 1, 4).';

function handoverRecord(): ExtractionRecord {
  const base = fixtureRecord('003', HANDOVER, [
    { id: 'us', type: 'place', name: 'United States' },
    { id: 'kz', type: 'place', name: 'Kazakhstan' },
    { id: 'mod', type: 'organization', name: 'Defense Ministry', parent: 'kz' },
    { id: 'ord', type: 'person', name: 'John Ordway', roles: [{ title: 'ambassador', organization: null, as_of: '2005-07-01' }] },
    { id: 'sem', type: 'person', name: 'Bolat Sembinov', roles: [{ title: 'deputy defense minister', organization: 'mod', as_of: null }] },
  ], '2005-07-05');
  const cite = HANDOVER.indexOf('(Interfax');
  return {
    ...base,
    transfers: [{ supplier: 'us', recipient: 'kz', items: [{ item: 'Humvee mobile vehicles', quantity: 27 }], value: { value: 3.1e6, currency: 'USD' },
      status: 'delivered', date: '2005-07-01', place: null, citations: ['c1'], span: [0, 80] }],
    citations: [{ id: 'c1', source: 'Interfax', dates: ['2005-07-01', '2005-07-04'], span: [cite, HANDOVER.length - 1], claim: [81, cite] }],
  };
}

test('relations carry documents, spans and cited sources', () => {
  const r = createResolver();
  const record = handoverRecord();
  r.addRecord(record);
  const edges = r.edges([record]);
  const kinds = new Set(edges.map((e) => e.kind));
  for (const k of ['holds-role', 'located-in', 'transferred-to', 'cites', 'co-occurs']) assert.ok(kinds.has(k as never), k);
  const transfer = edges.find((e) => e.kind === 'transferred-to');
  assert.deepEqual(transfer?.provenance, [{ document: '003', spans: [[0, 80]], sources: ['Interfax'], date: '2005-07-01' }]);
  const cites = edges.filter((e) => e.kind === 'cites');
  const outlet = r.clusters().find((c) => c.name === 'Interfax');
  assert.equal(outlet?.type, 'media');
  assert.ok(cites.every((e) => e.to === outlet?.id));
  assert.ok(cites.some((e) => r.clusters().find((c) => c.id === e.from)?.name === 'Bolat Sembinov'));
  const role = edges.find((e) => e.kind === 'holds-role' && e.label === 'deputy defense minister');
  assert.equal(r.clusters().find((c) => c.id === role?.to)?.name, 'Defense Ministry');
});

test('a person who changes office has a dated role timeline across documents', () => {
  const r = createResolver();
  const records = [
    fixtureRecord('2005', 'Turisbekov asked Prime Minister Daniyal Akhmetov to ensure the allocation.', [
      { id: 'a', type: 'person', name: 'Daniyal Akhmetov', roles: [{ title: 'prime minister', organization: null, as_of: null }] }], '2005-07-05'),
    fixtureRecord('2007', 'Defense Minister Daniel Akhmetov inspected KAZBAT.', [
      { id: 'a', type: 'person', name: 'Daniel Akhmetov', roles: [{ title: 'defense minister', organization: null, as_of: '2007-03-02' }] }], '2007-03-05'),
  ];
  for (const record of records) r.addRecord(record);
  const [person] = r.clusters().filter((c) => c.type === 'person');
  assert.ok(person);
  const timeline = r.timelines(records).get(person.id);
  assert.deepEqual(timeline?.map((s) => [s.date, s.title]), [['2005-07-05', 'prime minister'], ['2007-03-02', 'defense minister']]);
});

test('sentences do not end at U.S. or Lt.', () => {
  const text = 'On July 1 U.S. Ambassador John Ordway attended. Lt. Smith left. Done';
  assert.deepEqual(sentenceSpans(text).map(([a, b]) => text.slice(a, b)), ['On July 1 U.S. Ambassador John Ordway attended.', 'Lt. Smith left.', 'Done']);
  assert.equal(EXTRACTION_SCHEMA, 'lantern.extraction/1');
});

test('a place of known country is located in it; a role stated in a cited claim carries the outlet', () => {
  const text = 'On October 11 in Ekibastuz, a town in Kazakhstan’s northern Pavlodar region, Deputy Defense Minister Abay Tasbulatov spoke (Interfax-Kazakhstan, October 11).';
  const base = fixtureRecord('000', text, [
    { id: 'e', type: 'place', name: 'Ekibastuz', country: 'KZ' },
    { id: 'k', type: 'place', name: 'Kazakhstan' },
    { id: 't', type: 'person', name: 'Abay Tasbulatov', roles: [{ title: 'deputy defense minister', organization: null, as_of: '2006-10-11' }] },
  ]);
  const open = text.indexOf('(Interfax');
  const record: ExtractionRecord = { ...base, citations: [{ id: 'c', source: 'Interfax-Kazakhstan', dates: ['2006-10-11'], span: [open, text.length - 1], claim: [0, open] }] };
  const r = createResolver();
  r.addRecord(record);
  const name = (id: string) => r.clusters().find((c) => c.id === id)?.name;
  const located = r.edges([record]).find((e) => e.kind === 'located-in');
  assert.deepEqual([name(located?.from ?? ''), name(located?.to ?? '')], ['Ekibastuz', 'Kazakhstan']);
  const role = r.edges([record]).find((e) => e.kind === 'holds-role');
  assert.deepEqual(role?.provenance[0]?.sources, ['Interfax-Kazakhstan']);
});

test('co-occurrence is by sentence, else by paragraph', () => {
  const text = 'Kazakh President Nazarbayev spoke in Astana.\nLater, Ordway left. Turisbekov stayed.';
  const r = createResolver();
  const record = fixtureRecord('p', text, [
    { id: 'n', type: 'person', name: 'Nazarbayev' }, { id: 'a', type: 'place', name: 'Astana' },
    { id: 'o', type: 'person', name: 'Ordway' }, { id: 't', type: 'person', name: 'Turisbekov' }]);
  r.addRecord(record);
  const name = (id: string) => r.clusters().find((c) => c.id === id)?.name;
  const pairs = r.edges([record]).filter((e) => e.kind === 'co-occurs').map((e) => `${[name(e.from), name(e.to)].sort().join('+')}:${e.label}`).sort();
  assert.deepEqual(pairs, ['Astana+Nazarbayev:sentence', 'Ordway+Turisbekov:paragraph']);
});
