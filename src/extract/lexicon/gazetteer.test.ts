// Which place a name means: a much larger namesake over the document's own country, the
// document's country between namesakes of like size, aliases alongside the spelled name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupPlace } from './gazetteer.ts';

const where = (name: string, dominant: string | null) => {
  const hit = lookupPlace(name, dominant);
  return hit ? `${hit.name} ${hit.country ?? ''}` : null;
};

test('a namesake ten times larger is meant whatever the document\'s country (BBC: London in a report on Canada)', () => {
  assert.equal(where('London', 'CA'), 'London GB');
  assert.equal(where('London', null), 'London GB');
});

test('between namesakes of like size the document\'s country decides', () => {
  assert.equal(where('Cambridge', 'US'), 'Cambridge US');
  assert.equal(where('Cambridge', 'GB'), 'Cambridge GB');
});

test('an alias competes with the spelled name: Washington is Washington, D.C., not the town in England', () => {
  assert.equal(where('Washington', null), 'Washington, D.C. US');
  assert.equal(where('Washington', 'GB'), 'Washington, D.C. US');
  assert.equal(where('Oskemen', 'KZ'), 'Ust-Kamenogorsk KZ');
});
