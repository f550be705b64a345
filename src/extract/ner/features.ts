// Static NER features of each token (its own word, neighbours ±2, shapes, affixes, clusters,
// gazetteer matches, document-level casing), hashed to weight-row offsets once per sentence.

import { mix, mix2 } from './hashing.ts';
import { matchGazetteers, type NerResources } from './resources.ts';
import { FLAG_ALLCAPS, FLAG_CAP, FLAG_LOWER, type WordInfo, type WordInfoCache } from './word-info.ts';

const BOUNDARY = 0x5bd1e995;
const NONE = 0x1b873593;

/** Static features of one sentence: token i owns rows[starts[i] .. starts[i+1]). */
export interface SentenceFeatures {
  length: number;
  starts: Int32Array;
  rows: Int32Array;
  /** per-token word info, reused by the label-dependent features */
  infos: WordInfo[];
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

/** A sentence with no lowercase word and some all-caps word (a CoNLL headline or dateline). */
export function isHeadline(infos: readonly WordInfo[]): boolean {
  let caps = 0;
  for (const info of infos) {
    if ((info.flags & FLAG_LOWER) !== 0) return false;
    if ((info.flags & FLAG_ALLCAPS) !== 0 && (info.flags & FLAG_CAP) !== 0) caps++;
  }
  return caps > 0;
}

/** Hashes of all static features of one sentence, as weight-row offsets. */
export function extractSentenceFeatures(
  tokens: readonly string[], cache: WordInfoCache, resources: NerResources,
  context: { casing: Map<number, number>; topic: number; space: FeatureSpace },
): SentenceFeatures {
  const n = tokens.length;
  const infos = tokens.map((t) => cache.get(t));
  const keys = new Int32Array(n);
  for (let i = 0; i < n; i++) keys[i] = (infos[i] as WordInfo).key;
  const gaz = new Uint32Array(n);
  matchGazetteers(resources, keys, gaz);
  const headline = isHeadline(infos);
  let numbers = 0;
  for (const t of tokens) if (/^[\d.,:\/-]+$/.test(t) && /\d/.test(t)) numbers++;
  const table = numbers >= 2 && numbers * 3 >= n ? 1 : 0;
  const shift = 32 - context.space.bits;
  const L = context.space.labels;
  const out: number[] = [];
  const starts = new Int32Array(n + 1);
  const add = (h: number): void => { out.push((h >>> shift) * L); };
  for (let i = 0; i < n; i++) {
    starts[i] = out.length;
    emitToken(infos, i, { add, gaz, headline, casing: context.casing, topic: context.topic, table });
  }
  starts[n] = out.length;
  return { length: n, starts, rows: Int32Array.from(out), infos };
}

interface Emit { add: (h: number) => void; gaz: Uint32Array; headline: boolean; casing: Map<number, number>; topic: number; table: number }

/** A document's topic word: the first token of a headline first sentence ("SOCCER", "CRICKET"), else 0. */
export function documentTopic(sentences: readonly (readonly WordInfo[])[]): number {
  const first = sentences[0];
  return first && first.length > 1 && isHeadline(first) ? (first[0] as WordInfo).lower : 0;
}

function emitToken(infos: readonly WordInfo[], i: number, e: Emit): void {
  const w = infos[i] as WordInfo;
  const p1 = infos[i - 1], p2 = infos[i - 2], n1 = infos[i + 1], n2 = infos[i + 2];
  const lower = (x: WordInfo | undefined): number => (x ? x.lower : BOUNDARY);
  const short = (x: WordInfo | undefined): number => (x ? x.short : BOUNDARY);
  const { add } = e;
  add(mix(0, 0)); add(mix(1, w.word)); add(mix(2, w.lower)); add(mix(3, w.shape)); add(mix(4, w.short));
  for (let k = 0; k < 4; k++) { add(mix(5 + k, w.prefixes[k] as number)); add(mix(9 + k, w.suffixes[k] as number)); }
  add(mix(13, lower(p1))); add(mix(14, lower(n1))); add(mix(15, lower(p2))); add(mix(16, lower(n2)));
  add(mix2(17, short(p1), w.short)); add(mix2(18, w.short, short(n1)));
  add(mix2(19, lower(p1), w.lower)); add(mix2(20, w.lower, lower(n1)));
  add(mix2(37, mix(short(p1), w.short), short(n1)));
  add(mix(35, p1 ? p1.word : BOUNDARY)); add(mix(36, n1 ? n1.word : BOUNDARY));
  if (i === 0) add(mix(21, w.short));
  if (e.headline) { add(mix(22, w.short)); add(mix(23, w.lower)); }
  emitClusters(w, p1, n1, add);
  emitGazetteer(e.gaz, i, add);
  if ((w.flags & FLAG_CAP) !== 0) add(mix2(34, e.casing.get(w.lower) ?? 0, i === 0 || e.headline ? 1 : 0));
  add(mix2(60, e.topic, w.short)); add(mix2(61, e.table, w.short)); add(mix2(62, e.table, i));
  if (w.cluster >= 0) add(mix2(63, e.topic, (w.cluster >> 11) & 2047));
  if (e.gaz[i] !== 0) add(mix2(64, e.topic, e.gaz[i] as number));
}

function emitClusters(w: WordInfo, p1: WordInfo | undefined, n1: WordInfo | undefined, add: (h: number) => void): void {
  const c = w.cluster;
  if (c >= 0) { add(mix(24, c & 2047)); add(mix(25, (c >> 11) & 2047)); add(mix(26, c >> 22)); } else add(mix(24, NONE));
  const pc = p1 ? p1.cluster : -2, nc = n1 ? n1.cluster : -2;
  add(mix(27, pc < 0 ? pc : (pc >> 11) & 2047)); add(mix(28, nc < 0 ? nc : (nc >> 11) & 2047));
  add(mix(29, pc < 0 ? pc : pc & 2047)); add(mix(30, nc < 0 ? nc : nc & 2047));
}

function emitGazetteer(gaz: Uint32Array, i: number, add: (h: number) => void): void {
  for (let k = -1; k <= 1; k++) {
    let bits = i + k >= 0 && i + k < gaz.length ? (gaz[i + k] as number) : 0;
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits);
      bits &= ~(1 << bit);
      add(mix(32 + k, bit));
    }
  }
}
