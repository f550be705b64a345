// Transfer extraction on sentences from the seed report "Kazakhstan prepared to use force
// against revolutionaries" (Eurasia Daily Monitor 2:129): status, parties, items and value.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractContext } from '../context.ts';
import { extractTransfers } from './index.ts';
import { fixtureContext } from './test-context.ts';

const MILITARY = 'Responding to government requests that more military weaponry and equipment be available to police units, the military has transferred 17,000 pistols, 2,500 automatic weapons, and 30 machine guns to the police.';
const REQUEST = 'In fact, Turisbekov recently asked Prime Minister Daniyal Akhmetov to ensure the allocation of large numbers of items to the police, including light flack jackets (3,080), riot shields (2,080), riot helmets (2,880) rubber truncheons (1,450), special pistols (32), and stun grenades (840) (Nezavisimaya gazeta, June 28).';
const HUMVEE = 'Kazakhstan continues to depend on Western security assistance. The United States has handed over 27 Humvee mobile vehicles worth $3.1 million. On July 1 U.S. Ambassador John Ordway attended a high-profile handover of the equipment with Kazakhstan’s Deputy Defense Minister, which took place in Kapshagai (Almaty Region).';

const nameOf = (ctx: ExtractContext, id: string | null): string | undefined => ctx.entities.find((e) => e.id === id)?.name;

test('a delivery between common-noun parties creates organization entities for them', () => {
  const ctx = fixtureContext(MILITARY, { quantities: [
    { text: '17,000 pistols', value: 17000, item: 'pistols' }, { text: '2,500 automatic weapons', value: 2500, item: 'automatic weapons' },
    { text: '30 machine guns', value: 30, item: 'machine guns' },
  ] });
  const [transfer, ...rest] = extractTransfers(ctx);
  assert.equal(rest.length, 0);
  assert.equal(transfer?.status, 'delivered');
  assert.equal(nameOf(ctx, transfer.supplier), 'military');
  assert.equal(nameOf(ctx, transfer.recipient), 'police');
  assert.match(transfer.supplier ?? '', /^t\d+$/);
  assert.deepEqual(transfer.items, [
    { item: 'pistols', quantity: 17000 }, { item: 'automatic weapons', quantity: 2500 }, { item: 'machine guns', quantity: 30 },
  ]);
});

test('"asked … to ensure the allocation of … to the police" is a request with no supplier', () => {
  const ctx = fixtureContext(REQUEST, {
    entities: [{ name: 'Turisbekov', type: 'person' }, { name: 'Daniyal Akhmetov', type: 'person' }],
    citations: [{ text: '(Nezavisimaya gazeta, June 28)', source: 'Nezavisimaya gazeta', dates: ['2005-06-28'] }],
    quantities: ([['light flack jackets', 3080], ['riot shields', 2080], ['riot helmets', 2880], ['rubber truncheons', 1450], ['special pistols', 32], ['stun grenades', 840]] as const)
      .map(([item, value]) => ({ text: `${item} (${value.toLocaleString('en-US')})`, value, item })),
  });
  const [transfer] = extractTransfers(ctx);
  assert.equal(transfer?.status, 'requested');
  assert.equal(transfer.supplier, null);
  assert.equal(nameOf(ctx, transfer.recipient), 'police');
  assert.equal(transfer.items.length, 6);
  assert.deepEqual(transfer.items[0], { item: 'light flak jackets', quantity: 3080 });
  assert.deepEqual(transfer.items[5], { item: 'stun grenades', quantity: 840 });
  assert.equal(transfer.date, '2005-06-28');
  assert.deepEqual(transfer.citations, ['c1']);
});

test('a handover takes its value from the sentence and its date and place from the handover that follows', () => {
  const ctx = fixtureContext(HUMVEE, {
    entities: [{ name: 'United States', type: 'place' }, { name: 'Kazakhstan', type: 'place' }, { name: 'Kapshagai', type: 'place' }],
    dates: [{ text: 'July 1', value: '2005-07-01' }],
    quantities: [{ text: '27 Humvee mobile vehicles', value: 27, item: 'Humvee mobile vehicles' }],
  });
  const [transfer] = extractTransfers(ctx);
  assert.equal(transfer?.status, 'delivered');
  assert.equal(nameOf(ctx, transfer.supplier), 'United States');
  assert.equal(nameOf(ctx, transfer.recipient), 'Kazakhstan');
  assert.deepEqual(transfer.items, [{ item: 'Humvee mobile vehicles', quantity: 27 }]);
  assert.deepEqual(transfer.value, { value: 3100000, currency: 'USD' });
  assert.equal(transfer.date, '2005-07-01');
  assert.equal(nameOf(ctx, transfer.place), 'Kapshagai');
});

test('the party asked to provide is the would-be supplier', () => {
  const ctx = fixtureContext('Tajikistan has asked India to provide 6 transport aircraft for its air force.', {
    entities: [{ name: 'Tajikistan', type: 'place' }, { name: 'India', type: 'place' }],
    quantities: [{ text: '6 transport aircraft', value: 6, item: 'transport aircraft' }],
  });
  const [transfer] = extractTransfers(ctx);
  assert.equal(transfer?.status, 'requested');
  assert.equal(nameOf(ctx, transfer.supplier), 'India');
  assert.equal(nameOf(ctx, transfer.recipient), 'Tajikistan', '"for its air force": the requester itself');
});

test('double objects, passives with "by", and plans to buy', () => {
  const entities = [{ name: 'Russia', type: 'place' as const }, { name: 'Kyrgyzstan', type: 'place' as const },
    { name: 'China', type: 'place' as const }, { name: 'Tajikistan', type: 'place' as const }, { name: 'Uzbekistan', type: 'place' as const }];
  const text = 'Russia has given Kyrgyzstan 10 armored personnel carriers. Twenty BTR-80 carriers were delivered to Tajikistan by China. Uzbekistan plans to buy 24 helicopters.';
  const ctx = fixtureContext(text, { entities, quantities: [
    { text: '10 armored personnel carriers', value: 10, item: 'armored personnel carriers' },
    { text: 'Twenty BTR-80 carriers', value: 20, item: 'BTR-80 carriers' }, { text: '24 helicopters', value: 24, item: 'helicopters' },
  ] });
  const ledger = extractTransfers(ctx).map((t) => [t.status, nameOf(ctx, t.supplier) ?? null, nameOf(ctx, t.recipient) ?? null]);
  assert.deepEqual(ledger, [['delivered', 'Russia', 'Kyrgyzstan'], ['delivered', 'China', 'Tajikistan'], ['planned', null, 'Uzbekistan']]);
});

test('promises and orders get their own status', () => {
  const promised = fixtureContext('Russia will provide 12 helicopters to the army.', {
    entities: [{ name: 'Russia', type: 'place' }], quantities: [{ text: '12 helicopters', value: 12, item: 'helicopters' }],
  });
  assert.equal(extractTransfers(promised)[0]?.status, 'promised');
  const ordered = fixtureContext('The government signed a contract for 4 transport aircraft.', {
    quantities: [{ text: '4 transport aircraft', value: 4, item: 'transport aircraft' }],
  });
  assert.equal(extractTransfers(ordered)[0]?.status, 'ordered');
  assert.equal(nameOf(ordered, extractTransfers(ordered)[0]?.recipient ?? null), 'government');
});

test('no transfer without equipment, and odd text never throws', () => {
  assert.deepEqual(extractTransfers(fixtureContext('Keeping track of the equipment, its allocation, and the uses of training will require careful monitoring.')), []);
  assert.deepEqual(extractTransfers(fixtureContext('Some 83 MPs gave their answers in 100 hours of taped interviews.')), []);
  assert.deepEqual(extractTransfers(fixtureContext('')), []);
  assert.doesNotThrow(() => extractTransfers(fixtureContext('((( delivered to to to $$$ 5 ) “unclosed')));
});
