// Tests of partial dates as ranges, which the event filters rely on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalKey } from './canonical-key.ts';
import { dateRange } from './date-range.ts';

test('partial ISO dates span their year or month; year-less dates have no range', () => {
  assert.deepEqual(dateRange('2006'), { start: '2006-01-01', end: '2006-12-31' });
  assert.deepEqual(dateRange('2006-10'), { start: '2006-10-01', end: '2006-10-31' });
  assert.deepEqual(dateRange('2006-10-10'), { start: '2006-10-10', end: '2006-10-10' });
  assert.equal(dateRange('XXXX-06-28'), null);
  assert.equal(dateRange(null), null);
});

test('canonical keys fold case, accents, possessives and a leading "the"', () => {
  assert.equal(canonicalKey('person', 'Nursultan Nazarbayev'), 'person:nursultan-nazarbayev');
  assert.equal(canonicalKey('organization', "The Ministry of Defense's"), 'organization:ministry-of-defense');
  assert.equal(canonicalKey('place', 'Almaty'), canonicalKey('place', 'ALMATY'));
  assert.equal(canonicalKey('person', 'Zhaksybekov'), canonicalKey('person', 'Zhaksybékov'));
  assert.equal(canonicalKey('group', '—'), 'group:unnamed');
});
