// Greedy left-to-right BILOU decoding of a document with an averaged perceptron (beam.ts decodes with a
// beam over the same features): static features plus
// the previous two labels and the labels already given to the same word earlier in the document.

import { mix, mix2 } from './hashing.ts';
import type { SentenceFeatures } from './features.ts';
import { isAllowed, LABEL_COUNT, O, typeOf } from './labels.ts';
import { FLAG_CAP, type WordInfo } from './word-info.ts';

/** Perceptron weights: one row of LABEL_COUNT floats per hashed feature bucket. */
export interface Weights { bits: number; labels: number; w: Float32Array }

/** Training state of the averaged perceptron (w - u / clock is the average). */
export interface Trainer { weights: Weights; u: Float64Array; clock: number }

export interface SentenceTags { labels: Uint8Array; margins: Float32Array }

export const MAX_DYNAMIC = 20;
export const START = LABEL_COUNT;

export function createWeights(bits: number): Weights {
  return { bits, labels: LABEL_COUNT, w: new Float32Array((1 << bits) * LABEL_COUNT) };
}

/** Per-document memory of labels given to capitalised words: lower hash -> counts of PER,LOC,ORG,MISC,O. */
export type History = Map<number, Int32Array>;

function historyFeature(history: History, info: WordInfo): number {
  const counts = history.get(info.lower);
  if (counts === undefined) return -1;
  let best = 0;
  for (let k = 1; k < 5; k++) if ((counts[k] as number) > (counts[best] as number)) best = k;
  return best;
}

/** Labels of a first pass over the same document, and their per-word counts (the second pass reads them). */
export interface FirstPass { labels: readonly Uint8Array[]; counts: History }

/** Counts first-pass labels of capitalised words across a whole document. */
export function firstPassOf(doc: readonly SentenceFeatures[], labels: readonly Uint8Array[]): FirstPass {
  const counts: History = new Map();
  doc.forEach((sentence, s) => {
    for (let i = 0; i < sentence.length; i++) remember(counts, sentence.infos[i] as WordInfo, (labels[s] as Uint8Array)[i] as number);
  });
  return { labels, counts };
}

/** Majority first-pass category of the word at other positions in the document (-1: none). */
function otherMentions(first: FirstPass, info: WordInfo, own: number): number {
  const counts = first.counts.get(info.lower);
  if (counts === undefined) return -1;
  const ownType = typeOf(own) < 0 ? 4 : typeOf(own);
  let best = -1, bestCount = 0;
  for (let k = 0; k < 5; k++) {
    const c = (counts[k] as number) - (k === ownType ? 1 : 0);
    if (c > bestCount) { best = k; bestCount = c; }
  }
  return best;
}

/** Share of each entity type among the labels the word got earlier in the document, in quarters. */
function historyShares(history: History, info: WordInfo, out: Int32Array, n: number, shift: number): number {
  const counts = history.get(info.lower);
  if (counts === undefined) return n;
  let total = 0;
  for (let k = 0; k < 5; k++) total += counts[k] as number;
  for (let k = 0; k < 4; k++) {
    const c = counts[k] as number;
    if (c > 0) out[n++] = (mix2(46, k, Math.round((4 * c) / total)) >>> shift) * LABEL_COUNT;
  }
  return n;
}

export interface DynamicInput { info: WordInfo | null; p1: number; p2: number; history: History; first: FirstPass | undefined; own: number }

export function dynamicRows(d: DynamicInput, out: Int32Array, shift: number): number {
  return tokenRows(d, out, previousLabelRows(d, out, 0, shift), shift);
}

/** The label-dependent rows: previous one and two labels, alone and with the word. */
export function previousLabelRows(d: DynamicInput, out: Int32Array, n: number, shift: number): number {
  const { p1, p2 } = d;
  const info = d.info as WordInfo;
  out[n++] = (mix(40, p1) >>> shift) * LABEL_COUNT;
  out[n++] = (mix2(41, p1, p2) >>> shift) * LABEL_COUNT;
  out[n++] = (mix2(42, p1, info.lower) >>> shift) * LABEL_COUNT;
  out[n++] = (mix2(43, p1, info.short) >>> shift) * LABEL_COUNT;
  if (d.first) out[n++] = (mix2(51, d.own, p1) >>> shift) * LABEL_COUNT;
  return n;
}

/** The rows that depend on the document's earlier labels and the first pass, not on the previous labels. */
export function tokenRows(d: DynamicInput, out: Int32Array, n: number, shift: number): number {
  const info = d.info as WordInfo;
  const capitalised = (info.flags & FLAG_CAP) !== 0;
  if (capitalised) {
    const h = historyFeature(d.history, info);
    out[n++] = (mix(44, h) >>> shift) * LABEL_COUNT;
    out[n++] = (mix2(45, h, info.short) >>> shift) * LABEL_COUNT;
    n = historyShares(d.history, info, out, n, shift);
  }
  if (d.first) {
    out[n++] = (mix(50, d.own) >>> shift) * LABEL_COUNT;
    if (capitalised) {
      const o = otherMentions(d.first, info, d.own);
      out[n++] = (mix(52, o) >>> shift) * LABEL_COUNT;
      out[n++] = (mix2(53, o, d.own) >>> shift) * LABEL_COUNT;
    }
  }
  return n;
}

export function remember(history: History, info: WordInfo, label: number): void {
  if ((info.flags & FLAG_CAP) === 0) return;
  let counts = history.get(info.lower);
  if (counts === undefined) { counts = new Int32Array(5); history.set(info.lower, counts); }
  const t = typeOf(label);
  counts[t < 0 ? 4 : t] = (counts[t < 0 ? 4 : t] as number) + 1;
}

export function score(w: Float32Array, rows: Int32Array, from: number, to: number, scores: Float32Array): void {
  if (LABEL_COUNT === 17) { score17(w, rows, from, to, scores); return; }
  if (LABEL_COUNT === 9) { score9(w, rows, from, to, scores); return; }
  for (let k = from; k < to; k++) {
    const r = rows[k] as number;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = (scores[l] as number) + (w[r + l] as number);
  }
}

/** score() for the 17 BILOU labels with the sums in double-precision locals (training and tagging share it). */
function score17(w: Float32Array, rows: Int32Array, from: number, to: number, scores: Float32Array): void {
  let s0 = scores[0] as number, s1 = scores[1] as number, s2 = scores[2] as number, s3 = scores[3] as number;
  let s4 = scores[4] as number, s5 = scores[5] as number, s6 = scores[6] as number, s7 = scores[7] as number;
  let s8 = scores[8] as number, s9 = scores[9] as number, s10 = scores[10] as number, s11 = scores[11] as number;
  let s12 = scores[12] as number, s13 = scores[13] as number, s14 = scores[14] as number, s15 = scores[15] as number;
  let s16 = scores[16] as number;
  for (let k = from; k < to; k++) {
    const r = rows[k] as number;
    s0 += w[r] as number; s1 += w[r + 1] as number; s2 += w[r + 2] as number; s3 += w[r + 3] as number; s4 += w[r + 4] as number;
    s5 += w[r + 5] as number; s6 += w[r + 6] as number; s7 += w[r + 7] as number; s8 += w[r + 8] as number; s9 += w[r + 9] as number;
    s10 += w[r + 10] as number; s11 += w[r + 11] as number; s12 += w[r + 12] as number; s13 += w[r + 13] as number; s14 += w[r + 14] as number;
    s15 += w[r + 15] as number; s16 += w[r + 16] as number;
  }
  scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4; scores[5] = s5;
  scores[6] = s6; scores[7] = s7; scores[8] = s8; scores[9] = s9; scores[10] = s10; scores[11] = s11;
  scores[12] = s12; scores[13] = s13; scores[14] = s14; scores[15] = s15; scores[16] = s16;
}

/**
 * score() for the 9 BIO labels with the sums in locals: Math.fround after each addition rounds
 * exactly as storing into the Float32Array did, so the scores are bit-for-bit the same.
 */
function score9(w: Float32Array, rows: Int32Array, from: number, to: number, scores: Float32Array): void {
  let s0 = scores[0] as number, s1 = scores[1] as number, s2 = scores[2] as number;
  let s3 = scores[3] as number, s4 = scores[4] as number, s5 = scores[5] as number;
  let s6 = scores[6] as number, s7 = scores[7] as number, s8 = scores[8] as number;
  for (let k = from; k < to; k++) {
    const r = rows[k] as number;
    s0 = Math.fround(s0 + (w[r] as number)); s1 = Math.fround(s1 + (w[r + 1] as number));
    s2 = Math.fround(s2 + (w[r + 2] as number)); s3 = Math.fround(s3 + (w[r + 3] as number));
    s4 = Math.fround(s4 + (w[r + 4] as number)); s5 = Math.fround(s5 + (w[r + 5] as number));
    s6 = Math.fround(s6 + (w[r + 6] as number)); s7 = Math.fround(s7 + (w[r + 7] as number));
    s8 = Math.fround(s8 + (w[r + 8] as number));
  }
  scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4;
  scores[5] = s5; scores[6] = s6; scores[7] = s7; scores[8] = s8;
}

export function update(t: Trainer, rows: Int32Array, from: number, to: number, gold: number, pred: number): void {
  const { w } = t.weights;
  const { u, clock } = t;
  for (let k = from; k < to; k++) {
    const r = rows[k] as number;
    w[r + gold] = (w[r + gold] as number) + 1; u[r + gold] = (u[r + gold] as number) + clock;
    w[r + pred] = (w[r + pred] as number) - 1; u[r + pred] = (u[r + pred] as number) - clock;
  }
}

/**
 * Tags every sentence of a document in order. With `trainer` and `gold`, it also applies
 * perceptron updates on each wrongly predicted token (history follows the predictions).
 */
export function tagDocumentFeatures(
  weights: Weights, doc: readonly SentenceFeatures[], options: { trainer?: Trainer; gold?: readonly Uint8Array[]; first?: FirstPass } = {},
): SentenceTags[] {
  const { trainer, gold, first } = options;
  const history: History = new Map();
  const scores = new Float32Array(LABEL_COUNT);
  const dyn = new Int32Array(MAX_DYNAMIC);
  const shift = 32 - weights.bits;
  const w = weights.w;
  const d: DynamicInput = { info: null, p1: START, p2: START, history, first, own: O };
  return doc.map((sentence, s) => {
    const labels = new Uint8Array(sentence.length);
    const margins = new Float32Array(sentence.length);
    let p1 = START, p2 = START;
    for (let i = 0; i < sentence.length; i++) {
      const info = sentence.infos[i] as WordInfo;
      d.info = info; d.p1 = p1; d.p2 = p2;
      d.own = first ? ((first.labels[s] as Uint8Array)[i] as number) : O;
      const nd = dynamicRows(d, dyn, shift);
      scores.fill(0);
      score(w, sentence.rows, sentence.starts[i] as number, sentence.starts[i + 1] as number, scores);
      score(w, dyn, 0, nd, scores);
      const prev = p1 === START ? O : p1;
      let best = O, second = -Infinity;
      for (let l = 1; l < LABEL_COUNT; l++) {
        if (!isAllowed(prev, l)) continue;
        const v = scores[l] as number;
        if (v > (scores[best] as number)) { second = scores[best] as number; best = l; } else if (v > second) second = v;
      }
      const goldLabel = gold?.[s]?.[i];
      if (trainer && goldLabel !== undefined) {
        trainer.clock++;
        if (goldLabel !== best) {
          update(trainer, sentence.rows, sentence.starts[i] as number, sentence.starts[i + 1] as number, goldLabel, best);
          update(trainer, dyn, 0, nd, goldLabel, best);
        }
      }
      labels[i] = best;
      margins[i] = (scores[best] as number) - second;
      remember(history, info, best);
      p2 = p1; p1 = best;
    }
    return { labels, margins };
  });
}

/** The averaged weights of a trainer (a new Weights; the trainer keeps learning). */
export function averagedWeights(t: Trainer): Weights {
  const { w } = t.weights;
  const avg = new Float32Array(w.length);
  const c = Math.max(1, t.clock);
  for (let k = 0; k < w.length; k++) avg[k] = (w[k] as number) - (t.u[k] as number) / c;
  return { bits: t.weights.bits, labels: t.weights.labels, w: avg };
}
