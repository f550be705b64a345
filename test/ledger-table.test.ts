// The web ledger's totals (web/src/ledger/ledger-table.ts): parties add up by resolved entity, so
// "U.S." and "United States" in two reports make one supplier under its canonical name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityRef, TransferRow } from '../src/model/index.ts';
import { totalsOf } from '../web/src/ledger/ledger-table.ts';

const usa = { id: 'place:united states', type: 'place', name: 'United States' } as const;
const ref = (id: string, name: string, cluster?: EntityRef['cluster']): EntityRef => ({ id, type: 'place', name, ...(cluster ? { cluster } : {}) });
const row = (n: number, supplier: EntityRef, quantity: number): TransferRow => ({
  id: `d${n}/t0`, documentId: `d${n}`, supplier, recipient: ref('organization:interior ministry', 'Interior Ministry'),
  items: [{ item: 'Humvee', quantity }], value: null, status: 'delivered', date: null, place: null, span: [0, 1], text: 'x', sources: [],
});

test('supplier totals group spellings of one resolved entity under its canonical name', () => {
  const totals = totalsOf([row(1, ref('place:u.s.', 'U.S.', usa), 27), row(2, ref('place:united states', 'United States', usa), 12)]);
  assert.deepEqual(totals.supplier, [{ name: 'United States', transfers: 2, units: 39 }]);
  assert.equal(totals.recipient[0]?.transfers, 2);
});

test('parties the resolver has not placed still total by their own id', () => {
  const totals = totalsOf([row(1, ref('place:u.s.', 'U.S.'), 27), row(2, ref('place:united states', 'United States'), 12)]);
  assert.deepEqual(totals.supplier.map((t) => t.name).sort(), ['U.S.', 'United States']);
});
