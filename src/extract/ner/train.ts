// Trains the averaged-perceptron tagger on CoNLL documents: shuffled epochs with a fixed seed, dev F1
// after each epoch, best dev epoch kept. Stage 2 learns from stage-1 labels that, on training
// documents, come from models trained on the other folds (so they are as noisy as at run time).

import type { ConllDocument } from './conll.ts';
import { SpanScorer } from './evaluate.ts';
import type { SentenceFeatures } from './features.ts';
import { labelsFromSpans, spansFromLabels } from './labels.ts';
import { NerTagger } from './model.ts';
import type { NerResourceData } from './resources.ts';
import { tagDocument } from './beam.ts';
import { averagedWeights, createWeights, firstPassOf, type FirstPass, type Trainer, type Weights } from './tagger.ts';
import { seededRandom } from './seeded-random.ts';

export interface TrainOptions {
  train: readonly ConllDocument[];
  dev: readonly ConllDocument[];
  resources: NerResourceData;
  bits: number;
  epochs: number;
  seed: number;
  /** 2 adds the document-level second stage (default 1) */
  stages?: 1 | 2;
  folds?: number;
  /** beam width of decoding and training (1: greedy, the original tagger) */
  beam?: number;
  onEpoch?: (stage: string, epoch: number, devF1: number, seconds: number) => void;
}

export interface TrainResult { stages: Weights[]; bestEpoch: number; devF1: number }


interface Data { docs: readonly ConllDocument[]; feats: SentenceFeatures[][]; gold: Uint8Array[][]; first?: FirstPass[] }

function tagAll(weights: Weights, data: Data, beam: number): Uint8Array[][] {
  return data.feats.map((f, d) => {
    const first = data.first?.[d];
    return tagDocument(weights, f, beam, first ? { first } : {}).map((t) => t.labels);
  });
}

function f1Of(labels: Uint8Array[][], data: Data): number {
  const scorer = new SpanScorer();
  data.docs.forEach((doc, d) => doc.forEach((s, i) => scorer.add(s.spans, spansFromLabels(labels[d]?.[i] ?? []))));
  return scorer.overallF1();
}

interface StageOptions { train: Data; dev: Data; bits: number; beam: number; epochs: number; seed: number; name: string; onEpoch: TrainOptions['onEpoch'] }

function trainStage(o: StageOptions): { weights: Weights; bestEpoch: number; devF1: number } {
  const weights = createWeights(o.bits);
  const trainer: Trainer = { weights, u: new Float64Array(weights.w.length), clock: 0 };
  const random = seededRandom(o.seed);
  const order = o.train.docs.map((_, i) => i);
  let best = { weights, bestEpoch: 0, devF1: -1 };
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const started = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const d of order) {
      const first = o.train.first?.[d];
      tagDocument(weights, o.train.feats[d] as SentenceFeatures[], o.beam, { trainer, gold: o.train.gold[d] as Uint8Array[], ...(first ? { first } : {}) });
    }
    const averaged = averagedWeights(trainer);
    const devF1 = f1Of(tagAll(averaged, o.dev, o.beam), o.dev);
    o.onEpoch?.(o.name, epoch, devF1, (performance.now() - started) / 1000);
    if (devF1 > best.devF1) best = { weights: averaged, bestEpoch: epoch, devF1 };
  }
  return best;
}

function subset(data: Data, keep: (d: number) => boolean): Data {
  const idx = data.docs.map((_, d) => d).filter(keep);
  return { docs: idx.map((d) => data.docs[d] as ConllDocument), feats: idx.map((d) => data.feats[d] as SentenceFeatures[]), gold: idx.map((d) => data.gold[d] as Uint8Array[]) };
}

/** Stage-1 labels of each training document from a model trained on the other folds. */
function jackknife(train: Data, dev: Data, o: TrainOptions, epochs: number): FirstPass[] {
  const folds = o.folds ?? 4;
  const out: FirstPass[] = new Array(train.docs.length);
  for (let k = 0; k < folds; k++) {
    const held = subset(train, (d) => d % folds === k);
    const { weights } = trainStage({ train: subset(train, (d) => d % folds !== k), dev, bits: o.bits, beam: o.beam ?? 1, epochs, seed: o.seed + k + 1, name: `fold ${k + 1}/${folds}`, onEpoch: o.onEpoch });
    const labels = tagAll(weights, held, o.beam ?? 1);
    let j = 0;
    train.docs.forEach((_, d) => { if (d % folds === k) { out[d] = firstPassOf(train.feats[d] as SentenceFeatures[], labels[j++] as Uint8Array[]); } });
  }
  return out;
}

export function trainNer(options: TrainOptions): TrainResult {
  const tagger = new NerTagger([createWeights(options.bits)], options.resources, options.beam ?? 1);
  const dataOf = (docs: readonly ConllDocument[]): Data => ({
    docs, feats: docs.map((doc) => tagger.documentFeatures(doc.map((s) => s.tokens))),
    gold: docs.map((doc) => doc.map((s) => labelsFromSpans(s.spans, s.tokens.length))),
  });
  const train = dataOf(options.train);
  const dev = dataOf(options.dev);
  const base = { bits: options.bits, beam: options.beam ?? 1, seed: options.seed, onEpoch: options.onEpoch };
  const stage1 = trainStage({ ...base, train, dev, epochs: options.epochs, name: 'stage 1' });
  if ((options.stages ?? 1) === 1) return { stages: [stage1.weights], bestEpoch: stage1.bestEpoch, devF1: stage1.devF1 };
  const devFirst = tagAll(stage1.weights, dev, base.beam).map((labels, d) => firstPassOf(dev.feats[d] as SentenceFeatures[], labels));
  const trainFirst = jackknife(train, dev, options, stage1.bestEpoch);
  const stage2 = trainStage({ ...base, train: { ...train, first: trainFirst }, dev: { ...dev, first: devFirst }, epochs: options.epochs, name: 'stage 2' });
  return { stages: [stage1.weights, stage2.weights], bestEpoch: stage2.bestEpoch, devF1: stage2.devF1 };
}
