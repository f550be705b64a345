// Per word type facts the features need (hashes of the word, lowercase, shapes, affixes, clusters),
// computed once per distinct word and cached, so tagging a token costs no string work once warm.

import { hashRange, hashString } from './hashing.ts';
import { tokenKey, type NerResources } from './resources.ts';
import { isAllCaps, isCapitalised, normaliseToken, shortShape, wordShape } from './word-shape.ts';

export const FLAG_CAP = 1;
export const FLAG_ALLCAPS = 2;
export const FLAG_LOWER = 4;
export const FLAG_ALNUM = 8;
/** digits with . , : / - only ("1996-08-22", "3,000") */
export const FLAG_NUMBER = 16;
/** a capitalised word whose lowercase form is a known (clustered) word: "The", "Defense" */
export const FLAG_LOWER_KNOWN = 32;

export interface WordInfo {
  word: number;
  /** hash of the title-case form for all-caps words ("BRUSSELS" -> "Brussels"), else of the word */
  title: number;
  lower: number;
  shape: number;
  short: number;
  prefixes: Int32Array;
  suffixes: Int32Array;
  /** packed cluster ids, or -1 when the word has no cluster */
  cluster: number;
  flags: number;
  /** phrase key of the lowercased word, for gazetteer matching */
  key: number;
}

function affixes(text: string, fromEnd: boolean): Int32Array {
  const out = new Int32Array(4);
  for (let n = 1; n <= 4; n++) {
    const len = Math.min(n, text.length);
    out[n - 1] = fromEnd ? hashRange(text, text.length - len, text.length) : hashRange(text, 0, len);
  }
  return out;
}

function computeWordInfo(raw: string, resources: NerResources): WordInfo {
  const word = normaliseToken(raw);
  const lower = word.toLowerCase();
  // Headlines are all caps: read "BRUSSELS" as "Brussels" for clusters and word identity.
  const title = word.length > 1 && isAllCaps(word) ? word.charAt(0) + lower.slice(1) : word;
  const cluster = resources.clusters.get(word) ?? resources.clusters.get(title) ?? resources.clusters.get(lower) ?? -1;
  let flags = 0;
  if (isCapitalised(word)) flags |= FLAG_CAP;
  if (isAllCaps(word)) flags |= FLAG_ALLCAPS;
  if (lower !== word.toUpperCase()) flags |= lower === word ? FLAG_LOWER : 0;
  if (/[A-Za-z0-9]/.test(word)) flags |= FLAG_ALNUM;
  if (lower !== word && resources.clusters.has(lower)) flags |= FLAG_LOWER_KNOWN;
  if (/^[\d.,:/-]+$/.test(word) && /\d/.test(word)) flags |= FLAG_NUMBER;
  return {
    word: hashString(word), title: hashString(title), lower: hashString(lower), shape: hashString(wordShape(word)),
    short: hashString(shortShape(word)), prefixes: affixes(word, false), suffixes: affixes(lower, true),
    cluster, flags, key: tokenKey(lower),
  };
}

/** A cache of WordInfo for one set of resources; cleared when it grows past `limit` entries. */
export class WordInfoCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(private readonly resources: NerResources, private readonly limit = 200_000) {}

  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (info === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      info = computeWordInfo(word, this.resources);
      this.map.set(word, info);
    }
    return info;
  }
}
