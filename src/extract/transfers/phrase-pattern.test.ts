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
