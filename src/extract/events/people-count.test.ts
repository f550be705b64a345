// People counts on phrases from the seed reports and ISAF press releases.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestCount, peopleCounts } from './people-count.ts';

const values = (text: string): number[] => peopleCounts(text).map((c) => c.value);

test('digits, number words and modifiers before the person noun', () => {
  assert.deepEqual(values('authorities ended the activities of six alleged members of an unregistered group'), [6]);
  assert.deepEqual(values('the force detained 12 suspected Taliban insurgents'), [12]);
  assert.deepEqual(values('detained an Islamic Movement of Uzbekistan facilitator'), [1]);
});

test('vague words take their minimum; "more than 10" is at least 11', () => {
  assert.deepEqual(values('killed several insurgents'), [3]);
  assert.deepEqual(values('engaged the insurgents, killing many of them'), [4]);
  assert.deepEqual(values('detained more than 10 suspected insurgents'), [11]);
});

test('no count where no people are counted', () => {
  assert.deepEqual(values('A local imam verbally reproached them'), []);
  assert.deepEqual(values('in 2006 soldiers were paid late'), []);
  assert.deepEqual(values('17,000 pistols and 30 machine guns'), []);
});

test('the count nearest the event wins', () => {
  const text = 'Two insurgents fled. Police detained three suspects.';
  assert.equal(nearestCount(text, [0, text.length], text.indexOf('detained')), 3);
});

test('a count reaches its noun across a five-word name', () => {
  assert.deepEqual(values('apprehended three suspected Islamic Movement of Uzbekistan insurgents'), [3]);
});
