import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError, type ExtractionRecord } from '../model/index.ts';
import { fixtureRecord } from './fixture-records.ts';
import { createResolver, type Resolver } from './resolver.ts';

const seed000 = fixtureRecord('000', 'Kazakhstan’s security in any period of crisis rests on these structures; the show of force was calculated to portray President Nursultan Nazarbayev’s regime tackling the security challenges Kazakhstan faces. The Defense Ministry’s finance commission found fraud.', [
  { id: 'p', type: 'person', name: 'Nursultan Nazarbayev' },
  { id: 'k', type: 'place', name: 'Kazakhstan' },
  { id: 'm', type: 'organization', name: 'Defense Ministry' },
], '2006-10-10');
const seed003 = fixtureRecord('003', 'Kazakh President Nazarbayev justifies using force. Kazakhstan continues to depend on Western security assistance. The United States has handed over 27 Humvee vehicles; U.S. Ambassador John Ordway attended.', [
  { id: 'p', type: 'person', name: 'Nazarbayev' },
  { id: 'k', type: 'place', name: 'Kazakhstan' },
  { id: 'us', type: 'place', name: 'United States', surfaces: ['United States', 'U.S.'] },
  { id: 'o', type: 'person', name: 'John Ordway' },
], '2005-07-05');
const russia = fixtureRecord('ru', 'Russia’s armed forces held drills. The Defense Ministry in Moscow said Russia would send troops; Russian officers and the US observed. President Nazarbaev of Kazakhstan was invited.', [
  { id: 'm', type: 'organization', name: 'Defense Ministry' },
  { id: 'r', type: 'place', name: 'Russia' },
  { id: 'us', type: 'organization', name: 'US' },
  { id: 'p', type: 'person', name: 'Nazarbaev' },
], '2007-05-01');

function clusterOfEntity(r: Resolver, doc: string, entity: string, record: ExtractionRecord): string | undefined {
  const m = r.members().find((x) => x.document === doc && x.entityIds.includes(entity));
  assert.ok(m, `${entity} of ${record.document.id} has a member`);
  return r.clusterOf(m.key);
}

test('a person named in full, by surname and in another romanisation is one cluster across documents', () => {
  const r = createResolver();
  for (const rec of [seed000, seed003, russia]) r.addRecord(rec);
  const ids = [['000', seed000], ['003', seed003], ['ru', russia]].map(([d, rec]) => clusterOfEntity(r, d as string, 'p', rec as ExtractionRecord));
  assert.equal(new Set(ids).size, 1);
  const cluster = r.clusters().find((c) => c.id === ids[0]);
  assert.equal(cluster?.name, 'Nursultan Nazarbayev');
});

test('two Defense Ministries are kept apart by each document’s country; US and United States are one', () => {
  const r = createResolver();
  for (const rec of [seed000, seed003, russia]) r.addRecord(rec);
  const kz = clusterOfEntity(r, '000', 'm', seed000);
  const ru = clusterOfEntity(r, 'ru', 'm', russia);
  assert.notEqual(kz, ru);
  assert.equal(r.clusters().find((c) => c.id === kz)?.country, 'KZ');
  assert.equal(r.clusters().find((c) => c.id === ru)?.country, 'RU');
  assert.equal(clusterOfEntity(r, '003', 'us', seed003), clusterOfEntity(r, 'ru', 'us', russia));
});

test('an acronym in one document and its long form in another are one organization; Oskemen is Ust-Kamenogorsk', () => {
  const r = createResolver();
  const a = fixtureRecord('a', 'Units of the KNB border service trained near Oskemen.', [
    { id: 'knb', type: 'organization', name: 'KNB' }, { id: 'o', type: 'place', name: 'Oskemen' }]);
  const b = fixtureRecord('b', 'Military unit No. 2018 of the National Security Committee’s Batys border service; Ust-Kamenogorsk agreed to deepen cooperation.', [
    { id: 'nsc', type: 'organization', name: 'National Security Committee' }, { id: 'u', type: 'place', name: 'Ust-Kamenogorsk' }]);
  r.addRecord(a);
  r.addRecord(b);
  assert.equal(clusterOfEntity(r, 'a', 'knb', a), clusterOfEntity(r, 'b', 'nsc', b));
  assert.equal(clusterOfEntity(r, 'a', 'o', a), clusterOfEntity(r, 'b', 'u', b));
});

test('namesakes of different countries stay apart; a surname-only mention is not forced onto either', () => {
  const r = createResolver();
  const a = fixtureRecord('a', 'Russian Defense Minister Sergei Ivanov visited Moscow garrisons.', [{ id: 'i', type: 'person', name: 'Sergei Ivanov' }]);
  const b = fixtureRecord('b', 'Kazakhstan’s Sergei Ivanov, a businessman from Almaty, opened a plant in Kazakhstan.', [{ id: 'i', type: 'person', name: 'Sergei Ivanov' }]);
  r.addRecord(a);
  r.addRecord(b);
  assert.notEqual(clusterOfEntity(r, 'a', 'i', a), clusterOfEntity(r, 'b', 'i', b));
});

test('state survives JSON and the resumed resolver continues incrementally', () => {
  const whole = createResolver();
  for (const rec of [seed000, seed003, russia]) whole.addRecord(rec);
  const first = createResolver();
  first.addRecord(seed000);
  const resumed = createResolver(JSON.parse(JSON.stringify(first.state())));
  const delta = resumed.addRecord(seed003);
  resumed.addRecord(russia);
  assert.deepEqual(resumed.clusters().map((c) => c.members).sort(), whole.clusters().map((c) => c.members).sort());
  assert.ok(delta.updated.length > 0, 'Nazarbayev and Kazakhstan clusters were updated');
  assert.equal(delta.assignments.p, clusterOfEntity(resumed, '000', 'p', seed000));
});

test('the graph keeps neither mentions nor facts; a state saved with them still loads, without them', () => {
  const r = createResolver();
  for (const rec of [seed000, seed003]) r.addRecord(rec);
  const state = r.state();
  assert.ok(Object.values(state.members).every((m) => !('mentions' in m)), 'members are kept without mentions');
  assert.ok(Object.values(state.documents).every((d) => !('facts' in d)), 'documents are kept without facts');
  assert.ok(r.edges([seed000, seed003]).some((e) => e.kind === 'co-occurs'), 'facts are read from the records instead');
  // As an older version saved it: every member with its mentions, every document with its facts.
  const older = structuredClone(state) as unknown as { members: Record<string, { mentions: unknown }>; documents: Record<string, { facts: unknown }> };
  for (const m of Object.values(older.members)) m.mentions = [[0, 1]];
  for (const d of Object.values(older.documents)) d.facts = [{ kind: 'co-occurs', from: 'a', to: 'b', document: 'x', spans: [], sources: [] }];
  const loaded = createResolver(older as never);
  assert.deepEqual(loaded.state(), state);
});

test('re-adding a document replaces its previous version', () => {
  const r = createResolver();
  r.addRecord(seed003);
  const v2 = fixtureRecord('003', 'Kazakh President Nazarbayev justifies using force.', [{ id: 'x', type: 'person', name: 'Nazarbayev' }]);
  const delta = r.addRecord(v2);
  assert.equal(r.members().length, 1);
  assert.ok(delta.removed.length >= 2, 'Kazakhstan, United States and Ordway clusters are gone');
  assert.deepEqual(Object.keys(delta.assignments), ['x']);
});

test('a record that is not an extraction record is refused with a ValidationError', () => {
  const r = createResolver();
  assert.throws(() => r.addRecord({ ...seed000, schema: 'other' } as unknown as ExtractionRecord), ValidationError);
  assert.throws(() => createResolver({ version: 2 } as never), ValidationError);
});

test('a district is not its town, even when the geocoder gave both one id (re3d DFAT and BBC)', () => {
  const r = createResolver();
  const district = fixtureRecord('dfat', 'Declaration of Mosul district, Ninewa province, Iraq. Mosul district is declared a conflict area.', [
    { id: 'd', type: 'place', name: 'Mosul district', surfaces: ['Mosul district', 'Mosul'] }]);
  district.entities[0]!.gazetteer_id = 'geonames:99072';
  const town = fixtureRecord('bbc', 'Iraqi forces retook the university in Mosul.', [{ id: 't', type: 'place', name: 'Mosul' }]);
  town.entities[0]!.gazetteer_id = 'geonames:99072';
  r.addRecord(district);
  r.addRecord(town);
  assert.notEqual(clusterOfEntity(r, 'dfat', 'd', district), clusterOfEntity(r, 'bbc', 't', town));
});
