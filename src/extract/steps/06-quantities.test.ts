import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../index.ts';

test('counted items in both forms, linked to equipment entities', () => {
  const text = 'the military has transferred 17,000 pistols, 2,500 automatic weapons, and 30 machine guns to the police, including light flack jackets (3,080), riot shields (2,080) and 27 Humvee mobile vehicles.';
  const r = extractRecord({ id: 't', text, published: '2005' });
  assert.deepEqual(r.quantities!.map((q) => [q.value, q.item]), [
    [17000, 'pistols'], [2500, 'automatic weapons'], [30, 'machine guns'], [3080, 'light flack jackets'],
    [2080, 'riot shields'], [27, 'Humvee mobile vehicles']]);
  const jackets = r.entities.find((e) => e.id === r.quantities![3]!.entity);
  assert.equal(jackets?.type, 'equipment');
  assert.equal(jackets?.name, 'light flak jacket');
});

test('counts in words and model names between the count and the item', () => {
  const text = 'the Kant air base would receive four Su-25 aircraft and two Mi-8 helicopters; the ministry received 200 Cobra armored vehicles.';
  const r = extractRecord({ id: 't', text, published: '2006' });
  assert.deepEqual(r.quantities!.map((q) => [q.value, q.item]), [[4, 'Su-25 aircraft'], [2, 'Mi-8 helicopters'], [200, 'Cobra armored vehicles']]);
});
