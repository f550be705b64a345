import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../index.ts';

test('numbered units are organizations with the body they belong to as parent', () => {
  const text = 'platoons from military unit No. 6656 of the Interior Ministry Troops; from military unit No. 25744 of the Defense Ministry; from military unit No. 2018 of the National Security Committee’s Batys border service.';
  const r = extractRecord({ id: 't', text, published: '2006' });
  const named = (n: string) => r.entities.find((e) => e.name === n);
  const unit = named('military unit No. 6656');
  assert.equal(unit?.type, 'organization');
  assert.equal(unit?.parent, named('Interior Ministry Troops')?.id);
  assert.equal(named('military unit No. 25744')?.parent, named('Defense Ministry')?.id);
  assert.equal(named('military unit No. 2018')?.parent, named('National Security Committee')?.id);
  assert.equal(named('Batys border service')?.type, 'organization');
});

test('ordinal units keep their number and replace the chunk inside them', () => {
  const r = extractRecord({ id: 't', text: 'Russia’s 201st Motorized Rifle Division in Tajikistan received 2.5 billion rubles; KZT 500 million went to the KNB.', published: '2006' });
  assert.deepEqual(r.entities.filter((e) => e.type === 'organization').map((e) => e.name), ['201st Motorized Rifle Division', 'KNB']);
});
