// The phrase language of the lexicon files: inflection, alternatives, gaps and word boundaries.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePhrase, findPhrase, inflect } from './phrase-pattern.ts';

const texts = (phrase: string, text: string): string[] => findPhrase(compilePhrase(phrase), text).map((m) => m.text);

test('regular inflections, including a doubled final consonant', () => {
  assert.deepEqual(new Set(inflect('transfer')), new Set(['transfer', 'transfers', 'transfered', 'transfering', 'transferred', 'transferring']));
  assert.ok(inflect('seize').includes('seized') && inflect('seize').includes('seizing'));
  assert.ok(inflect('deny').includes('denied'));
});

test('inflected multi-word phrases, alternatives and gaps', () => {
  assert.deepEqual(texts('hand~_over', 'The United States has handed over 27 Humvees.'), ['handed over']);
  assert.deepEqual(texts('ask~ * ... to ensure|provide', 'Turisbekov asked Prime Minister Akhmetov to ensure the allocation'), ['asked Prime Minister Akhmetov to ensure']);
  assert.deepEqual(texts('closed|banned', 'The closed-door session banned nothing.'), ['banned']);
});

test('offsets are shifted by the base', () => {
  const [m] = findPhrase(compilePhrase('detain~'), 'were detained', 100);
  assert.deepEqual([m?.start, m?.end], [105, 113]);
});

test('the required-word pre-test never hides a match the expression finds', () => {
  const pattern = compilePhrase('agree~ to provide|supply');
  // Same text object twice in a row (the pre-test caches the lowercased text), then others.
  const text = 'Russia AGREED TO SUPPLY helicopters.';
  assert.deepEqual(findPhrase(pattern, text).map((m) => m.text), ['AGREED TO SUPPLY']);
  assert.deepEqual(findPhrase(pattern, text).map((m) => m.text), ['AGREED TO SUPPLY']);
  assert.deepEqual(findPhrase(pattern, 'Russia agreed to sell helicopters.'), []);
  // "ſ" matches "s" under the u and i flags but does not lowercase to it.
  assert.deepEqual(findPhrase(compilePhrase('supply'), 'they ſupply arms').map((m) => m.text), ['ſupply']);
});

test('a pattern compiled after a text was indexed is still found in that text', () => {
  const text = 'Kyiv handed over U.S.-made radios.';
  assert.deepEqual(findPhrase(compilePhrase('hand~_over'), text).map((m) => m.text), ['handed over']);
  assert.deepEqual(findPhrase(compilePhrase('U.S.-made'), text).map((m) => m.text), ['U.S.-made']);
});
