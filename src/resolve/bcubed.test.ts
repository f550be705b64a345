import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed } from './bcubed.ts';

test('B-cubed: perfect, all-in-one and all-singletons', () => {
  const gold = new Map([['a', 'X'], ['b', 'X'], ['c', 'Y']]);
  assert.deepEqual(bcubed(gold, new Map([['a', '1'], ['b', '1'], ['c', '2']])), { precision: 1, recall: 1, f1: 1, items: 3 });
  const lumped = bcubed(gold, new Map([['a', '1'], ['b', '1'], ['c', '1']]));
  assert.equal(lumped.recall, 1);
  assert.ok(Math.abs(lumped.precision - 5 / 9) < 1e-9);
  const missing = bcubed(gold, new Map());
  assert.equal(missing.precision, 1);
  assert.ok(Math.abs(missing.recall - 2 / 3) < 1e-9);
});
