// The committed model loads and tags a sentence from the Eurasia Daily Monitor seeds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNerModel } from './index.ts';
import { UnreadableFileError } from '../../model/errors.ts';

const SENTENCE = "U.S. Ambassador John Ordway met Kazakhstan's Deputy Defense Minister Bolat Sembinov in Almaty .".split(' ');

test('the committed model finds John Ordway (PER) and Almaty (LOC)', () => {
  const [spans] = loadNerModel().tagDocument([SENTENCE]);
  assert.ok(spans);
  const found = spans.map((s) => `${SENTENCE.slice(s.start, s.end).join(' ')}/${s.label}`);
  assert.ok(found.includes('John Ordway/PER'), found.join(', '));
  assert.ok(found.includes('Almaty/LOC'), found.join(', '));
  for (const s of spans) assert.ok(s.confidence >= 0 && s.confidence <= 1);
});

test('curly apostrophes, all-caps and empty input do not throw', () => {
  const model = loadNerModel();
  const spans = model.tagDocument([['KAZAKHSTAN', '’s', 'PRESIDENT', 'NAZARBAYEV'], [], ['Almaty', '’s', 'mayor']]);
  assert.equal(spans.length, 3);
  assert.deepEqual(spans[1], []);
  assert.ok(model === loadNerModel());
});

test('a missing model file is a typed error', () => {
  assert.throws(() => loadNerModel('/nonexistent/ner.bin.gz'), UnreadableFileError);
});

test('a surname alone is tagged PER when the document named the person in full earlier', () => {
  const model = loadNerModel();
  const later = ['Ordway', 'said', 'the', 'talks', 'went', 'well', '.'];
  const [, spans] = model.tagDocument([['U.S.', 'Ambassador', 'John', 'Ordway', 'met', 'officials', '.'], later]);
  assert.deepEqual(spans?.map((s) => [s.start, s.end, s.label]), [[0, 1, 'PER']]);
});
