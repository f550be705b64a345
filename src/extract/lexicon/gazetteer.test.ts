// Which place a name means: a much larger namesake over the document's own country, the
// document's country between namesakes of like size, aliases alongside the spelled name, regions
// over namesake towns, diacritics aside.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('first-level regions outrank small namesake towns: Florida is the US state, not the town in Cuba', () => {
  assert.equal(lookupPlace('Florida', null)?.kind, 'region');
  assert.equal(where('Florida', null), 'Florida US');
  assert.equal(where('Ontario', 'US'), 'Ontario CA');
  assert.equal(where('Punjab', 'PK'), 'Punjab PK');
  assert.equal(where('Nangarhar', null), 'Nangarhar AF');
});

test('a region sharing a famous city\'s name is listed by its longer name, so the city keeps the short one', () => {
  assert.equal(where('New York', null), 'New York City US');
  assert.equal(where('New York State', null), 'New York State US');
  assert.equal(where('Washington State', null), 'Washington State US');
  assert.equal(where('Georgia', null), 'Georgia GE');
});

test('the plain spelling finds a GeoNames name written with diacritics', () => {
  assert.equal(where('Kandahar', null), 'Kandahār AF');
  assert.equal(where('Herat', null), 'Herāt AF');
  assert.equal(where('Sao Paulo', null), 'São Paulo BR');
  assert.equal(where('Herāt', null), 'Herāt AF');
});

test('every hand-kept alias leads to a place in the gazetteer', () => {
  const aliases = JSON.parse(readFileSync(new URL('../../../data/gazetteer/aliases.json', import.meta.url), 'utf8')) as Record<string, string>;
  const lost = Object.keys(aliases).filter((alias) => alias !== '_comment' && lookupPlace(alias) === null);
  assert.deepEqual(lost, []);
});
