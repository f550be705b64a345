// The bounded string memo computes each input once while it is remembered, and never holds more
// than its limit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoizeString } from './memoize-string.ts';

test('each input is computed once until the cache fills, then the cache starts over', () => {
  const calls: string[] = [];
  const upper = memoizeString((s) => { calls.push(s); return s.toUpperCase(); }, 2);
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(upper('b'), 'B');
  assert.deepEqual(calls, ['a', 'b']);
  assert.equal(upper('c'), 'C'); // full: cleared, then c remembered
  assert.equal(upper('a'), 'A');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
});
