import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError } from '../model/index.ts';
import { fixtureRecord } from './fixture-records.ts';
import { createResolver, type Resolver } from './resolver.ts';

const TEXT = 'Kazakhstan Interior Minister Zautbek Turisbekov believes the revolutions in Georgia and Ukraine justify such measures. Turisbekov recently asked Prime Minister Daniyal Akhmetov to ensure the allocation of items to the police.';
const v1 = fixtureRecord('003', TEXT, [
  { id: 'e1', type: 'person', name: 'Zautbek Turisbekov', surfaces: ['Zautbek Turisbekov', 'Turisbekov'] },
  { id: 'e2', type: 'person', name: 'Daniyal Akhmetov' },
], '2005-07-05');
const other = fixtureRecord('later', 'Interior chief Z. Turisbekov-Ulы spoke in Astana.', [
  { id: 'x', type: 'person', name: 'Turisbekov-Ulы' },
], '2005-09-01');

function clusterNamed(r: Resolver, name: string): string | undefined {
  const m = r.members().find((x) => x.name === name);
  return m ? r.clusterOf(m.key) : undefined;
}

test('a merge survives re-adding a new version of the same document', () => {
  const r = createResolver();
  r.addRecord(v1);
  r.addRecord(other);
  assert.notEqual(clusterNamed(r, 'Zautbek Turisbekov'), clusterNamed(r, 'Turisbekov-Ulы'));
  r.addCorrection({ op: 'merge', refs: [
    { type: 'person', name: 'Zautbek Turisbekov', document: '003' }, { type: 'person', name: 'Turisbekov-Ulы' }] });
  assert.equal(clusterNamed(r, 'Zautbek Turisbekov'), clusterNamed(r, 'Turisbekov-Ulы'));
  // Re-extraction gives new volatile ids and an extra sentence; the merge still holds.
  const v2 = fixtureRecord('003', `${TEXT} Turisbekov declined to comment.`, [
    { id: 'n7', type: 'person', name: 'Zautbek Turisbekov', surfaces: ['Zautbek Turisbekov', 'Turisbekov'] },
    { id: 'n8', type: 'person', name: 'Daniyal Akhmetov' },
  ], '2005-07-05');
  const delta = r.addRecord(v2);
  const merged = clusterNamed(r, 'Turisbekov-Ulы');
  assert.equal(delta.assignments.n7, merged);
  assert.equal(r.clusters().find((c) => c.id === merged)?.members.length, 2);
});

test('a split keeps a wrongly merged member apart after re-resolution', () => {
  const r = createResolver();
  const a = fixtureRecord('a', 'Deputy Defense Minister Abay Tasbulatov explained the reform.', [{ id: 't', type: 'person', name: 'Abay Tasbulatov' }]);
  const b = fixtureRecord('b', 'Abai Tasbulatov, a poet, read in Almaty.', [{ id: 't', type: 'person', name: 'Abai Tasbulatov' }]);
  r.addRecord(a);
  r.addRecord(b);
  assert.equal(clusterNamed(r, 'Abay Tasbulatov'), clusterNamed(r, 'Abai Tasbulatov'));
  r.addCorrection({ op: 'split', ref: { type: 'person', name: 'Abai Tasbulatov', document: 'b' } });
  assert.notEqual(clusterNamed(r, 'Abay Tasbulatov'), clusterNamed(r, 'Abai Tasbulatov'));
  r.addRecord(b);
  assert.notEqual(clusterNamed(r, 'Abay Tasbulatov'), clusterNamed(r, 'Abai Tasbulatov'));
});

test('rename, retype, reject and accept apply to the corrected view only', () => {
  const r = createResolver();
  r.addRecord(v1);
  r.addCorrection({ op: 'rename', ref: { type: 'person', name: 'Daniyal Akhmetov' }, name: 'Daniyal Kenzhetayevich Akhmetov' });
  r.addCorrection({ op: 'retype', ref: { type: 'person', name: 'Turisbekov' }, type: 'organization' });
  const names = r.clusters().map((c) => `${c.type}:${c.name}`).sort();
  assert.deepEqual(names, ['organization:Zautbek Turisbekov', 'person:Daniyal Kenzhetayevich Akhmetov']);
  r.addCorrection({ op: 'reject', ref: { type: 'person', name: 'Daniyal Akhmetov' } });
  assert.equal(clusterNamed(r, 'Daniyal Akhmetov'), undefined);
  assert.equal(r.clusters().length, 1);
  r.addCorrection({ op: 'accept', ref: { type: 'person', name: 'Daniyal Akhmetov' } });
  assert.ok(r.clusters().find((c) => c.name === 'Daniyal Kenzhetayevich Akhmetov')?.accepted);
  assert.equal(r.state().members[clusterNamed(r, 'Daniyal Akhmetov') ? '003|person|daniyal akhmetov' : '']?.name, 'Daniyal Akhmetov');
});

test('malformed corrections are refused with a ValidationError', () => {
  const r = createResolver();
  assert.throws(() => r.addCorrection({ op: 'merge', refs: [{ type: 'person', name: 'A' }] }), ValidationError);
  assert.throws(() => r.addCorrection({ op: 'rename', ref: { type: 'person', name: 'A' }, name: ' ' }), ValidationError);
  assert.throws(() => r.addCorrection({ op: 'split', ref: { type: 'thing' as never, name: 'A' } }), ValidationError);
});
