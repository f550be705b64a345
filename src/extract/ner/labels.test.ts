// BILOU constraints and span conversion; the tagger never emits I-X/L-X after O, after a closed entity or another type.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginLabel, insideLabel, isAllowed, LABEL_COUNT, labelName, labelsFromSpans, lastLabel, O, spansFromLabels, unitLabel } from './labels.ts';
import { NerTagger } from './model.ts';
import { createWeights } from './tagger.ts';

test('I-X and L-X may only follow B-X or I-X', () => {
  assert.equal(isAllowed(O, insideLabel(0)), false);
  assert.equal(isAllowed(O, lastLabel(0)), false);
  assert.equal(isAllowed(unitLabel(0), lastLabel(0)), false);
  assert.equal(isAllowed(lastLabel(0), insideLabel(0)), false);
  assert.equal(isAllowed(beginLabel(0), lastLabel(0)), true);
  assert.equal(isAllowed(O, unitLabel(3)), true);
  assert.equal(isAllowed(beginLabel(1), insideLabel(0)), false);
  assert.equal(isAllowed(beginLabel(0), insideLabel(0)), true);
  assert.equal(isAllowed(insideLabel(0), insideLabel(0)), true);
  assert.equal(isAllowed(insideLabel(2), beginLabel(0)), true);
});

test('spans and labels convert both ways, adjacent same-type spans stay apart', () => {
  const spans = [{ start: 0, end: 2, type: 'PER' as const }, { start: 2, end: 3, type: 'PER' as const }, { start: 4, end: 5, type: 'LOC' as const }];
  const labels = labelsFromSpans(spans, 6);
  assert.deepEqual([...labels], [beginLabel(0), lastLabel(0), unitLabel(0), O, unitLabel(1), O]);
  assert.deepEqual(spansFromLabels(labels), spans);
  const long = [{ start: 1, end: 4, type: 'ORG' as const }];
  assert.deepEqual([...labelsFromSpans(long, 4)].map(labelName), ['O', 'B-ORG', 'I-ORG', 'L-ORG']);
  assert.deepEqual(spansFromLabels(labelsFromSpans(long, 4)), long);
});

test('an entity left open at the sentence end still makes a span', () => {
  assert.deepEqual(spansFromLabels([O, beginLabel(2), insideLabel(2)]), [{ start: 1, end: 3, type: 'ORG' }]);
});

test('decoding respects the constraint even when weights favour I-X everywhere', () => {
  const weights = createWeights(10);
  for (let row = 0; row < 1 << 10; row++) weights.w[row * LABEL_COUNT + insideLabel(2)] = 5;
  const tagger = new NerTagger([weights, weights], { gazetteers: {}, clusters: {} });
  const [tags] = tagger.tag([['NATO', 'said', 'so', '.']]);
  assert.ok(tags);
  let prev = O;
  for (const l of tags.labels) { assert.ok(isAllowed(prev, l)); prev = l; }
});
