// Trains the averaged-perceptron tagger on CoNLL documents: shuffled epochs with a fixed seed,
// dev F1 after each epoch, and the averaged weights of the best dev epoch returned.

import type { ConllDocument } from './conll.ts';
import { SpanScorer } from './evaluate.ts';
import type { SentenceFeatures } from './features.ts';
import { labelsFromSpans, spansFromLabels } from './labels.ts';
import { NerTagger } from './model.ts';
import type { NerResourceData } from './resources.ts';
import { averagedWeights, createWeights, tagDocumentFeatures, type Trainer, type Weights } from './tagger.ts';

export interface TrainOptions {
  train: readonly ConllDocument[];
  dev: readonly ConllDocument[];
  resources: NerResourceData;
  bits: number;
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, devF1: number, seconds: number) => void;
}

export interface TrainResult { weights: Weights; bestEpoch: number; devF1: number }

/** mulberry32: a small seeded generator so shuffles are reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exact-span F1 of `weights` on documents whose features are already extracted. */
export function scoreDocuments(weights: Weights, docs: readonly ConllDocument[], feats: readonly SentenceFeatures[][]): SpanScorer {
  const scorer = new SpanScorer();
  docs.forEach((doc, d) => {
    const tags = tagDocumentFeatures(weights, feats[d] as SentenceFeatures[]);
    doc.forEach((sentence, s) => scorer.add(sentence.spans, spansFromLabels((tags[s] as { labels: Uint8Array }).labels)));
  });
  return scorer;
}

export function trainNer(options: TrainOptions): TrainResult {
  const weights = createWeights(options.bits);
  const tagger = new NerTagger(weights, options.resources);
  const featuresOf = (docs: readonly ConllDocument[]): SentenceFeatures[][] =>
    docs.map((doc) => tagger.documentFeatures(doc.map((s) => s.tokens)));
  const trainFeats = featuresOf(options.train);
  const devFeats = featuresOf(options.dev);
  const gold = options.train.map((doc) => doc.map((s) => labelsFromSpans(s.spans, s.tokens.length)));
  const trainer: Trainer = { weights, u: new Float64Array(weights.w.length), clock: 0 };
  const random = seededRandom(options.seed);
  const order = options.train.map((_, i) => i);
  let best: TrainResult = { weights, bestEpoch: 0, devF1: -1 };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const d of order) tagDocumentFeatures(weights, trainFeats[d] as SentenceFeatures[], trainer, gold[d]);
    const averaged = averagedWeights(trainer);
    const devF1 = scoreDocuments(averaged, options.dev, devFeats).overallF1();
    options.onEpoch?.(epoch, devF1, (performance.now() - started) / 1000);
    if (devF1 > best.devF1) best = { weights: averaged, bestEpoch: epoch, devF1 };
  }
  return best;
}
