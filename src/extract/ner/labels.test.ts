// BIO constraints and span conversion; the tagger never emits I-X after O or after another type.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginLabel, insideLabel, isAllowed, labelsFromSpans, O, spansFromLabels } from './labels.ts';
import { NerTagger } from './model.ts';
import { createWeights } from './tagger.ts';

test('I-X may only follow B-X or I-X', () => {
  assert.equal(isAllowed(O, insideLabel(0)), false);
  assert.equal(isAllowed(beginLabel(1), insideLabel(0)), false);
  assert.equal(isAllowed(beginLabel(0), insideLabel(0)), true);
  assert.equal(isAllowed(insideLabel(0), insideLabel(0)), true);
  assert.equal(isAllowed(insideLabel(2), beginLabel(0)), true);
});

test('spans and labels convert both ways, adjacent same-type spans stay apart', () => {
  const spans = [{ start: 0, end: 2, type: 'PER' as const }, { start: 2, end: 3, type: 'PER' as const }, { start: 4, end: 5, type: 'LOC' as const }];
  const labels = labelsFromSpans(spans, 6);
  assert.deepEqual([...labels], [beginLabel(0), insideLabel(0), beginLabel(0), O, beginLabel(1), O]);
  assert.deepEqual(spansFromLabels(labels), spans);
});

test('decoding respects the constraint even when weights favour I-X everywhere', () => {
  const weights = createWeights(10);
  for (let row = 0; row < 1 << 10; row++) weights.w[row * 9 + insideLabel(2)] = 5;
  const tagger = new NerTagger([weights, weights], { gazetteers: {}, clusters: {} });
  const [tags] = tagger.tag([['NATO', 'said', 'so', '.']]);
  assert.ok(tags);
  let prev = O;
  for (const l of tags.labels) { assert.ok(isAllowed(prev, l)); prev = l; }
});
