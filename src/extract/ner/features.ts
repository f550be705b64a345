// Static NER features of each token (its own word, neighbours ±2, shapes, affixes, clusters,
// gazetteer matches, document-level casing), hashed to weight-row offsets once per sentence.

import { mix, mix2 } from './hashing.ts';
import { GAZETTEER_WORDS, matchGazetteers, type NerResources } from './resources.ts';
import { FLAG_ALLCAPS, FLAG_CAP, FLAG_LOWER, FLAG_LOWER_KNOWN, FLAG_NUMBER, type WordInfo } from './word-info.ts';

const BOUNDARY = 0x5bd1e995;
const NONE = 0x1b873593;

/** Static features of one sentence: token i owns rows[starts[i] .. starts[i+1]). */
export interface SentenceFeatures {
  length: number;
  starts: Int32Array;
  rows: Int32Array;
  /** per-token word info, reused by the label-dependent features */
  infos: readonly WordInfo[];
}

export interface FeatureSpace { bits: number; labels: number }

/** Lower-case hashes seen capitalised (1) or lowercase (2) outside sentence starts and headlines. */
export function documentCasing(sentences: readonly (readonly WordInfo[])[]): Map<number, number> {
  const casing = new Map<number, number>();
  for (const infos of sentences) {
    if (isHeadline(infos)) continue;
    for (let i = 1; i < infos.length; i++) {
      const info = infos[i] as WordInfo;
      const bit = (info.flags & FLAG_CAP) !== 0 ? 1 : (info.flags & FLAG_LOWER) !== 0 ? 2 : 0;
      if (bit !== 0) casing.set(info.lower, (casing.get(info.lower) ?? 0) | bit);
    }
  }
  return casing;
}

/** Most neighbour words remembered per capitalised word for context aggregation. */
const MAX_CONTEXTS = 12;

/**
 * Context aggregation: for each capitalised word of a document, the lowercase words just before and
 * after its mentions ("ended Rotor 's", "Rotor are"), so every mention sees the cues of all the others.
 */
export function documentContexts(sentences: readonly (readonly WordInfo[])[]): Map<number, number[]> {
  const contexts = new Map<number, number[]>();
  for (const infos of sentences) {
    if (isHeadline(infos)) continue;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i] as WordInfo;
      if ((info.flags & FLAG_CAP) === 0) continue;
      let list = contexts.get(info.lower);
      if (list === undefined) { list = []; contexts.set(info.lower, list); }
      const before = infos[i - 1], after = infos[i + 1];
      if (before && (before.flags & FLAG_CAP) === 0 && list.length < MAX_CONTEXTS) list.push(mix(0, before.lower));
      if (after && (after.flags & FLAG_CAP) === 0 && list.length < MAX_CONTEXTS) list.push(mix(1, after.lower));
    }
  }
  return contexts;
}

/** A sentence with no lowercase word and some all-caps word (a CoNLL headline or dateline). */
export function isHeadline(infos: readonly WordInfo[]): boolean {
  let caps = 0;
  for (const info of infos) {
    if ((info.flags & FLAG_LOWER) !== 0) return false;
    if ((info.flags & FLAG_ALLCAPS) !== 0 && (info.flags & FLAG_CAP) !== 0) caps++;
  }
  return caps > 0;
}

/** Growable buffer of weight-row offsets (a class, so the hot path allocates no closures). */
class RowBuffer {
  rows: Int32Array;
  n = 0;
  /** `expected` rows (about 48 per token) are allocated up front; a 4096-row buffer per short sentence fed the GC. */
  constructor(private readonly shift: number, private readonly labels: number, expected: number) {
    this.rows = new Int32Array(Math.max(64, expected));
  }
  add(h: number): void {
    if (this.n === this.rows.length) { const bigger = new Int32Array(this.n * 2); bigger.set(this.rows); this.rows = bigger; }
    this.rows[this.n++] = (h >>> this.shift) * this.labels;
  }
}

/** Hashes of all static features of one sentence, as weight-row offsets. */
export function extractSentenceFeatures(
  infos: readonly WordInfo[], resources: NerResources,
  context: { casing: Map<number, number>; contexts?: Map<number, number[]>; topic: number; space: FeatureSpace },
): SentenceFeatures {
  const n = infos.length;
  const keys = new Int32Array(n);
  let numbers = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    keys[i] = info.key;
    if ((info.flags & FLAG_NUMBER) !== 0) numbers++;
  }
  const gaz = new Uint32Array(n * GAZETTEER_WORDS);
  matchGazetteers(resources, keys, gaz);
  const table = numbers >= 2 && numbers * 3 >= n ? 1 : 0;
  const out = new RowBuffer(32 - context.space.bits, context.space.labels, n * 48);
  const starts = new Int32Array(n + 1);
  const emit: Emit = { out, gaz, headline: isHeadline(infos), casing: context.casing, contexts: context.contexts, topic: context.topic, table };
  for (let i = 0; i < n; i++) {
    starts[i] = out.n;
    emitToken(infos, i, emit);
  }
  starts[n] = out.n;
  return { length: n, starts, rows: out.rows.subarray(0, out.n), infos };
}

interface Emit { out: RowBuffer; gaz: Uint32Array; headline: boolean; casing: Map<number, number>; contexts: Map<number, number[]> | undefined; topic: number; table: number }

/** A document's topic word: the first token of a headline first sentence ("SOCCER", "CRICKET"), else 0. */
export function documentTopic(sentences: readonly (readonly WordInfo[])[]): number {
  const first = sentences[0];
  return first && first.length > 1 && isHeadline(first) ? (first[0] as WordInfo).lower : 0;
}

/** Shape of the run of capitalised words around token i: run length (capped at 4) * 8 + position code. */
function capitalisedRun(infos: readonly WordInfo[], i: number): number {
  let start = i, end = i + 1;
  while (start > 0 && ((infos[start - 1] as WordInfo).flags & FLAG_CAP) !== 0) start--;
  while (end < infos.length && ((infos[end] as WordInfo).flags & FLAG_CAP) !== 0) end++;
  const position = start === i ? (end === i + 1 ? 0 : 1) : end === i + 1 ? 2 : 3;
  return Math.min(4, end - start) * 8 + position;
}

function lowerOf(x: WordInfo | undefined): number { return x ? x.lower : BOUNDARY; }
function shortOf(x: WordInfo | undefined): number { return x ? x.short : BOUNDARY; }

function emitToken(infos: readonly WordInfo[], i: number, e: Emit): void {
  const w = infos[i] as WordInfo;
  const p1 = infos[i - 1], p2 = infos[i - 2], n1 = infos[i + 1], n2 = infos[i + 2];
  const out = e.out;
  out.add(mix(0, 0)); out.add(mix(1, w.word)); out.add(mix(38, w.title)); out.add(mix(2, w.lower)); out.add(mix(3, w.shape)); out.add(mix(4, w.short));
  for (let k = 0; k < 4; k++) { out.add(mix(5 + k, w.prefixes[k] as number)); out.add(mix(9 + k, w.suffixes[k] as number)); }
  out.add(mix(13, lowerOf(p1))); out.add(mix(14, lowerOf(n1))); out.add(mix(15, lowerOf(p2))); out.add(mix(16, lowerOf(n2)));
  out.add(mix2(17, shortOf(p1), w.short)); out.add(mix2(18, w.short, shortOf(n1)));
  out.add(mix2(19, lowerOf(p1), w.lower)); out.add(mix2(20, w.lower, lowerOf(n1)));
  out.add(mix2(37, mix(shortOf(p1), w.short), shortOf(n1)));
  out.add(mix(35, p1 ? p1.word : BOUNDARY)); out.add(mix(36, n1 ? n1.word : BOUNDARY));
  if (i === 0) out.add(mix(21, w.short));
  if ((w.flags & FLAG_CAP) !== 0) out.add(mix2(68, capitalisedRun(infos, i), e.headline ? 1 : 0));
  out.add(mix2(39, w.flags & FLAG_LOWER_KNOWN, i === 0 || e.headline ? 1 : 0));
  if (e.headline) { out.add(mix(22, w.short)); out.add(mix(23, w.lower)); }
  emitClusters(w, p1, n1, out);
  emitGazetteer(e.gaz, i, out, (w.flags & FLAG_CAP) !== 0 ? 1 : 0);
  if ((w.flags & FLAG_CAP) !== 0) {
    out.add(mix2(34, e.casing.get(w.lower) ?? 0, i === 0 || e.headline ? 1 : 0));
    for (const c of e.contexts?.get(w.lower) ?? []) out.add(mix(77, c));
  }
  out.add(mix2(60, e.topic, w.short)); out.add(mix2(61, e.table, w.short)); out.add(mix2(62, e.table, i));
  if (w.cluster >= 0) out.add(mix2(63, e.topic, (w.cluster >> 11) & 2047));
  for (let k = 0; k < GAZETTEER_WORDS; k++) {
    const g = e.gaz[i * GAZETTEER_WORDS + k] as number;
    if (g !== 0) out.add(mix2(64 + 2 * k, e.topic, g));
  }
}

function emitClusters(w: WordInfo, p1: WordInfo | undefined, n1: WordInfo | undefined, out: RowBuffer): void {
  const c = w.cluster;
  if (c >= 0) { out.add(mix(24, c & 2047)); out.add(mix(25, (c >> 11) & 2047)); out.add(mix(26, c >> 22)); } else out.add(mix(24, NONE));
  const pc = p1 ? p1.cluster : -2, nc = n1 ? n1.cluster : -2;
  out.add(mix(27, pc < 0 ? pc : (pc >> 11) & 2047)); out.add(mix(28, nc < 0 ? nc : (nc >> 11) & 2047));
  out.add(mix(29, pc < 0 ? pc : pc & 2047)); out.add(mix(30, nc < 0 ? nc : nc & 2047));
}

/** Matches of tokens i-1..i+1; the token's own matches also with its capitalisation (lowercase hits are mostly noise). */
function emitGazetteer(gaz: Uint32Array, i: number, out: RowBuffer, capitalised: number): void {
  const n = gaz.length / GAZETTEER_WORDS;
  for (let k = -1; k <= 1; k++) {
    if (i + k < 0 || i + k >= n) continue;
    for (let word = 0; word < GAZETTEER_WORDS; word++) {
      let bits = gaz[(i + k) * GAZETTEER_WORDS + word] as number;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits &= ~(1 << bit);
        out.add(mix(32 + k, bit + 32 * word));
        if (k === 0) out.add(mix2(72, bit + 32 * word, capitalised));
      }
    }
  }
}
