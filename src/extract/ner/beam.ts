// Beam-search decoding of each sentence under strict BILOU order, and its structured-perceptron training
// with early update (Collins & Roark 2004): when the gold prefix falls out of the beam, the weights move
// towards the gold prefix and away from the best hypothesis, and the rest of the sentence is skipped.
// The document memory (labels given to the same word) is updated once per sentence.

import type { SentenceFeatures } from './features.ts';
import { followsStrictly, LABEL_COUNT, O } from './labels.ts';
import {
  dynamicRows, MAX_DYNAMIC, previousLabelRows, remember, score, START, tagDocumentFeatures, tokenRows, update,
  type DynamicInput, type FirstPass, type History, type SentenceTags, type Trainer, type Weights,
} from './tagger.ts';
import type { WordInfo } from './word-info.ts';

export interface BeamOptions { beam: number; trainer?: Trainer; gold?: readonly Uint8Array[]; first?: FirstPass }

/**
 * The beam of every position of one sentence in flat arrays (no object per hypothesis): slot j of
 * position i holds a label, the slot of position i-1 it extends, its path score, its margin over the
 * best other label, and whether its path is the gold prefix.
 */
class Lattice {
  label = new Uint8Array(0);
  parent = new Uint8Array(0);
  margin = new Float32Array(0);
  total = new Float64Array(0);
  gold = new Uint8Array(0);
  size = new Uint8Array(0);
  constructor(readonly width: number) {}

  reset(length: number): void {
    const need = Math.max(1, length) * this.width;
    if (this.label.length < need) {
      this.label = new Uint8Array(need); this.parent = new Uint8Array(need); this.margin = new Float32Array(need);
      this.total = new Float64Array(need); this.gold = new Uint8Array(need); this.size = new Uint8Array(Math.max(1, length));
    }
  }

  /** Labels and margins of the path ending in slot j of position i. */
  path(i: number, j: number): { labels: Uint8Array; margins: Float32Array } {
    const labels = new Uint8Array(i + 1), margins = new Float32Array(i + 1);
    for (let k = i; k >= 0; k--) {
      const at = k * this.width + j;
      labels[k] = this.label[at] as number; margins[k] = this.margin[at] as number;
      j = this.parent[at] as number;
    }
    return { labels, margins };
  }

  /** Inserts a candidate into position i's slots kept best-first, dropping the worst beyond the width. */
  offer(i: number, total: number, label: number, parent: number, margin: number, gold: number): void {
    const base = i * this.width;
    let n = this.size[i] as number;
    if (n === this.width && total <= (this.total[base + n - 1] as number)) return;
    if (n < this.width) n++;
    let at = n - 1;
    while (at > 0 && (this.total[base + at - 1] as number) < total) {
      const from = base + at - 1, to = base + at;
      this.total[to] = this.total[from] as number; this.label[to] = this.label[from] as number; this.parent[to] = this.parent[from] as number;
      this.margin[to] = this.margin[from] as number; this.gold[to] = this.gold[from] as number;
      at--;
    }
    const to = base + at;
    this.total[to] = total; this.label[to] = label; this.parent[to] = parent; this.margin[to] = margin; this.gold[to] = gold;
    this.size[i] = n;
  }
}

interface Scratch { statics: Float32Array; scores: Float32Array; dyn: Int32Array; shift: number }

function setToken(d: DynamicInput, sentence: SentenceFeatures, s: number, i: number): void {
  d.info = sentence.infos[i] as WordInfo;
  d.own = d.first ? ((d.first.labels[s] as Uint8Array)[i] as number) : O;
}

function bump(t: Trainer, rows: Int32Array, n: number, label: number, delta: number): void {
  const { w } = t.weights;
  for (let k = 0; k < n; k++) {
    const r = (rows[k] as number) + label;
    w[r] = (w[r] as number) + delta; t.u[r] = (t.u[r] as number) + delta * t.clock;
  }
}

/** Perceptron update for tokens [0, upto): features of the gold labels up, of the predicted ones down. */
function structuredUpdate(t: Trainer, sentence: SentenceFeatures, s: number, d: DynamicInput, gold: Uint8Array, pred: Uint8Array, upto: number, x: Scratch): void {
  for (let k = 0; k < upto; k++) {
    const g = gold[k] as number, p = pred[k] as number;
    const gp1 = k > 0 ? gold[k - 1] as number : START, gp2 = k > 1 ? gold[k - 2] as number : START;
    const pp1 = k > 0 ? pred[k - 1] as number : START, pp2 = k > 1 ? pred[k - 2] as number : START;
    if (g === p && gp1 === pp1 && gp2 === pp2) continue;
    if (g !== p) update(t, sentence.rows, sentence.starts[k] as number, sentence.starts[k + 1] as number, g, p);
    setToken(d, sentence, s, k);
    d.p1 = gp1; d.p2 = gp2;
    bump(t, x.dyn, dynamicRows(d, x.dyn, x.shift), g, 1);
    d.p1 = pp1; d.p2 = pp2;
    bump(t, x.dyn, dynamicRows(d, x.dyn, x.shift), p, -1);
  }
}

/** Expands every slot of position i-1 by every allowed label of token i into position i's slots. */
function step(w: Float32Array, sentence: SentenceFeatures, i: number, d: DynamicInput, lattice: Lattice, goldLabel: number, x: Scratch): void {
  const last = i === sentence.length - 1;
  x.statics.fill(0);
  score(w, sentence.rows, sentence.starts[i] as number, sentence.starts[i + 1] as number, x.statics);
  score(w, x.dyn, 0, tokenRows(d, x.dyn, 0, x.shift), x.statics);
  const width = lattice.width;
  const parents = i === 0 ? 1 : lattice.size[i - 1] as number;
  lattice.size[i] = 0;
  let scoredP1 = -1, scoredP2 = -1;
  for (let j = 0; j < parents; j++) {
    const from = (i - 1) * width + j;
    const p1 = i === 0 ? START : lattice.label[from] as number;
    const p2 = i < 2 ? START : lattice.label[(i - 2) * width + (lattice.parent[from] as number)] as number;
    const pathTotal = i === 0 ? 0 : lattice.total[from] as number;
    const pathGold = i === 0 ? 1 : lattice.gold[from] as number;
    if (p1 !== scoredP1 || p2 !== scoredP2) {
      // slots that agree on the last two labels score alike
      d.p1 = p1; d.p2 = p2;
      x.scores.set(x.statics);
      score(w, x.dyn, 0, previousLabelRows(d, x.dyn, 0, x.shift), x.scores);
      scoredP1 = p1; scoredP2 = p2;
    }
    const previous = p1 === START ? O : p1;
    let best = -Infinity, second = -Infinity;
    for (let l = 0; l < LABEL_COUNT; l++) {
      if (!followsStrictly(previous, l, last)) continue;
      const v = x.scores[l] as number;
      if (v > best) { second = best; best = v; } else if (v > second) second = v;
    }
    for (let l = 0; l < LABEL_COUNT; l++) {
      if (!followsStrictly(previous, l, last)) continue;
      const v = x.scores[l] as number;
      const margin = v === best ? v - second : v - best;
      lattice.offer(i, pathTotal + v, l, j, Number.isFinite(margin) ? margin : 0, pathGold === 1 && l === goldLabel ? 1 : 0);
    }
  }
}

function goldAlive(lattice: Lattice, i: number): boolean {
  for (let j = 0; j < (lattice.size[i] as number); j++) if (lattice.gold[i * lattice.width + j] === 1) return true;
  return false;
}

/**
 * Tags every sentence of a document with a beam of `options.beam` hypotheses. With `trainer` and
 * `gold`, it also trains (early update inside a sentence, a full update when the best path is wrong).
 */
export function tagDocumentBeam(weights: Weights, doc: readonly SentenceFeatures[], options: BeamOptions): SentenceTags[] {
  const { trainer, gold, first } = options;
  const lattice = new Lattice(Math.min(255, Math.max(1, options.beam)));
  const history: History = new Map();
  const x: Scratch = { statics: new Float32Array(LABEL_COUNT), scores: new Float32Array(LABEL_COUNT), dyn: new Int32Array(MAX_DYNAMIC), shift: 32 - weights.bits };
  const d: DynamicInput = { info: null, p1: START, p2: START, history, first, own: O };
  return doc.map((sentence, s) => {
    const goldLabels = gold?.[s];
    const training = trainer !== undefined && goldLabels !== undefined;
    lattice.reset(sentence.length);
    let result: SentenceTags | null = null;
    for (let i = 0; i < sentence.length; i++) {
      setToken(d, sentence, s, i);
      step(weights.w, sentence, i, d, lattice, goldLabels?.[i] ?? -1, x);
      if (!training) continue;
      trainer.clock++;
      if (!goldAlive(lattice, i)) {
        structuredUpdate(trainer, sentence, s, d, goldLabels, lattice.path(i, 0).labels, i + 1, x);
        result = { labels: goldLabels, margins: new Float32Array(sentence.length) };
        break;
      }
    }
    if (result === null) {
      result = sentence.length === 0 ? { labels: new Uint8Array(0), margins: new Float32Array(0) } : lattice.path(sentence.length - 1, 0);
      if (training && lattice.gold[(sentence.length - 1) * lattice.width] !== 1) structuredUpdate(trainer, sentence, s, d, goldLabels, result.labels, sentence.length, x);
    }
    for (let i = 0; i < sentence.length; i++) remember(history, sentence.infos[i] as WordInfo, result.labels[i] as number);
    return result;
  });
}

/** Tags (and with a trainer, trains on) one document, greedily or with a beam. */
export function tagDocument(weights: Weights, feats: readonly SentenceFeatures[], beam: number, options: { trainer?: Trainer; gold?: readonly Uint8Array[]; first?: FirstPass } = {}): SentenceTags[] {
  return beam > 1 ? tagDocumentBeam(weights, feats, { ...options, beam }) : tagDocumentFeatures(weights, feats, options);
}

