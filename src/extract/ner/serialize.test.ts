// Weight serialisation round-trips: a tiny model trained on a few sentences tags identically after
// encode/decode, and foreign bytes are rejected with a typed error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConllDocument } from './conll.ts';
import { parseConll } from './conll.ts';
import { NerTagger } from './model.ts';
import { decodeModel, encodeModel } from './serialize.ts';
import { trainNer } from './train.ts';
import { UnreadableFileError } from '../../model/errors.ts';

const TEXT = `-DOCSTART- -X- O O

Bolat NNP I-NP I-PER
Sembinov NNP I-NP I-PER
met VBD I-VP O
John NNP I-NP I-PER
Ordway NNP I-NP I-PER
in IN I-PP O
Almaty NNP I-NP I-LOC
. . O O

The DT I-NP O
Kazakh JJ I-NP I-MISC
Defense NNP I-NP I-ORG
Ministry NNP I-NP I-ORG
said VBD I-VP O
. . O O
`;

test('CoNLL IOB1 parsing yields documents with spans', () => {
  const [doc] = parseConll(TEXT);
  assert.ok(doc);
  assert.deepEqual(doc[0]?.spans, [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'PER' }, { start: 6, end: 7, type: 'LOC' }]);
});

test('a tiny trained model survives encode/decode', () => {
  const docs: ConllDocument[] = parseConll(TEXT);
  const resources = { gazetteers: { city: ['Almaty'] }, clusters: { Almaty: [1, 2, 3] as [number, number, number] } };
  const result = trainNer({ train: docs, dev: docs, resources, bits: 12, epochs: 3, seed: 1, stages: 2, folds: 2 });
  assert.ok(result.devF1 > 0.5);
  const decoded = decodeModel(encodeModel({ stages: result.stages, resources, meta: { marginScale: 1 } }));
  assert.equal(decoded.stages.length, 2);
  assert.equal(decoded.stages[1]?.bits, 12);
  assert.deepEqual(decoded.resources, resources);
  const sentences = docs[0]?.map((s) => s.tokens) ?? [];
  const before = new NerTagger(result.stages, resources).tag(sentences);
  const after = new NerTagger(decoded.stages, decoded.resources).tag(sentences);
  assert.deepEqual(after.map((t) => [...t.labels]), before.map((t) => [...t.labels]));
});

test('bytes that are not a model are rejected', () => {
  assert.throws(() => decodeModel(Buffer.from('not a model')), UnreadableFileError);
});
