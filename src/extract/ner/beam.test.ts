// Beam decoding keeps strict BILOU order, its early-update training learns a small corpus, and a model
// saved with a beam width is tagged with that width when loaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConll } from './conll.ts';
import { loadNerModel } from './index.ts';
import { beginLabel, followsStrictly, insideLabel, isOpen, LABEL_COUNT, lastLabel, O, unitLabel } from './labels.ts';
import { NerTagger } from './model.ts';
import { encodeModel } from './serialize.ts';
import { createWeights } from './tagger.ts';
import { trainNer } from './train.ts';

const TEXT = `-DOCSTART- -X- O O

Deputy NNP I-NP O
Defense NNP I-NP O
Minister NNP I-NP O
Bolat NNP I-NP I-PER
Sembinov NNP I-NP I-PER
visited VBD I-VP O
Almaty NNP I-NP I-LOC
. . O O

The DT I-NP O
Interior NNP I-NP I-ORG
Ministry NNP I-NP I-ORG
Troops NNP I-NP I-ORG
received VBD I-VP O
Humvees NNP I-NP O
from IN I-PP O
the DT I-NP O
United NNP I-NP I-LOC
States NNP I-NP I-LOC
. . O O

Sembinov NNP I-NP I-PER
said VBD I-VP O
the DT I-NP O
Kazakh JJ I-NP I-MISC
army NN I-NP O
needs VBZ I-VP O
pistols NNS I-NP O
. . O O
`;

test('strict BILOU: an open entity only continues, nothing else continues, no sentence ends open', () => {
  assert.equal(followsStrictly(beginLabel(0), O, false), false);
  assert.equal(followsStrictly(beginLabel(0), insideLabel(1), false), false);
  assert.equal(followsStrictly(beginLabel(0), lastLabel(0), false), true);
  assert.equal(followsStrictly(insideLabel(2), insideLabel(2), false), true);
  assert.equal(followsStrictly(O, insideLabel(0), false), false);
  assert.equal(followsStrictly(lastLabel(0), beginLabel(1), false), true);
  assert.equal(followsStrictly(unitLabel(3), O, true), true);
  assert.equal(followsStrictly(O, beginLabel(0), true), false);
});

test('beam decoding stays in strict BILOU order when the weights favour I-ORG everywhere', () => {
  const weights = createWeights(10);
  for (let row = 0; row < 1 << 10; row++) weights.w[row * LABEL_COUNT + insideLabel(2)] = 5;
  const [tags] = new NerTagger([weights], { gazetteers: {}, clusters: {} }, 4).tag([['NATO', 'said', 'so', '.']]);
  assert.ok(tags);
  let previous = O;
  tags.labels.forEach((label, i) => { assert.ok(followsStrictly(previous, label, i === tags.labels.length - 1)); previous = label; });
  assert.equal(isOpen(previous), false);
});

test('early-update training learns its training sentences', () => {
  const docs = parseConll(TEXT);
  const resources = { gazetteers: {}, clusters: {} };
  const result = trainNer({ train: docs, dev: docs, resources, bits: 14, epochs: 8, seed: 1, beam: 4 });
  assert.equal(result.devF1, 1);
});

test('a model saved with a beam width is loaded with it', () => {
  const docs = parseConll(TEXT);
  const resources = { gazetteers: {}, clusters: {} };
  const result = trainNer({ train: docs, dev: docs, resources, bits: 14, epochs: 8, seed: 1, beam: 4 });
  const path = join(mkdtempSync(join(tmpdir(), 'lantern-ner-')), 'model.bin.gz');
  writeFileSync(path, encodeModel({ stages: result.stages, resources, meta: { marginScale: 1, beam: 4 } }));
  const sentences = (docs[0] ?? []).map((s) => s.tokens);
  const spans = loadNerModel(path).tagDocument(sentences);
  assert.deepEqual(spans[0]?.map((s) => [s.start, s.end, s.label]), [[3, 5, 'PER'], [6, 7, 'LOC']]);
  assert.deepEqual(spans[1]?.map((s) => [s.start, s.end, s.label]), [[1, 4, 'ORG'], [8, 10, 'LOC']]);
});
