// Lexical resources the NER features read: gazetteers (phrases with category bits) and word clusters.
// Phrases are keyed by a rolling integer hash of their lowercased tokens, so matching builds no strings.

import { hashString, mix } from './hashing.ts';
import { normaliseToken } from './word-shape.ts';

/**
 * Gazetteer categories, in bit order; at most 16. Category c's 4 position bits live in match word
 * c >> 3 of the token (two 32-bit words per token), at bits 4 * (c & 7).
 */
export const GAZETTEER_CATEGORIES = [
  'country', 'city', 'nationality', 'actor-PER', 'actor-ORG', 'actor-LOC', 'demonym', 'weapon', 'actor-first-name',
] as const;
/** 32-bit match words per token. */
export const GAZETTEER_WORDS = 2;
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** Serialisable resources: phrases per category and words per cluster path. */
export interface NerResourceData {
  gazetteers: Partial<Record<GazetteerCategory, string[]>>;
  /** word -> cluster ids at three granularities (fine, medium, coarse). */
  clusters: Record<string, [number, number, number]>;
}

export interface NerResources {
  data: NerResourceData;
  /** rolling phrase hash -> category bitmask */
  phrases: Map<number, number>;
  maxPhraseTokens: number;
  /** word -> packed cluster ids (fine | medium << 11 | coarse << 22) */
  clusters: Map<string, number>;
}

const PHRASE_SEED = 0x2545f491;

/** Hash of one lowercased token as used in phrase keys. */
export function tokenKey(lower: string): number { return hashString(lower); }

/** Extends a phrase hash by one token key. */
export function extendPhrase(hash: number, key: number): number { return mix(hash, key); }

/** Mask bit marking a hash as the start of a longer phrase, so matching can stop early. */
const PREFIX = 1 << 30;

/** Indexes one phrase and its proper prefixes (marked PREFIX); returns its token count. */
function addPhrase(phrases: Map<number, number>, phrase: string, bit: number): number {
  const parts = normaliseToken(phrase).toLowerCase().split(' ').filter((p) => p !== '');
  let hash = PHRASE_SEED;
  parts.forEach((p, i) => {
    hash = extendPhrase(hash, tokenKey(p));
    const mark = i === parts.length - 1 ? 1 << bit : PREFIX;
    phrases.set(hash, (phrases.get(hash) ?? 0) | mark);
  });
  return parts.length;
}

/** Indexes serialisable resource data for fast matching. */
export function buildResources(data: NerResourceData): NerResources {
  const phrases = new Map<number, number>();
  let maxPhraseTokens = 1;
  GAZETTEER_CATEGORIES.forEach((category, bit) => {
    for (const phrase of data.gazetteers[category] ?? []) {
      const length = addPhrase(phrases, phrase, bit);
      if (length > maxPhraseTokens) maxPhraseTokens = length;
    }
  });
  const clusters = new Map<string, number>();
  for (const [word, [fine, medium, coarse]] of Object.entries(data.clusters)) {
    clusters.set(word, fine | (medium << 11) | (coarse << 22));
  }
  return { data, phrases, maxPhraseTokens: Math.min(maxPhraseTokens, 8), clusters };
}

/**
 * Per-token gazetteer match bits for a sentence: in word out[GAZETTEER_WORDS * token + (category >> 3)],
 * bit 4 * (category & 7) + position, where position is 0 = begin, 1 = inside, 2 = last, 3 = unit
 * (single token). Every match is marked, not only the longest.
 */
export function matchGazetteers(resources: NerResources, keys: ArrayLike<number>, out: Uint32Array): void {
  out.fill(0, 0, keys.length * GAZETTEER_WORDS);
  const n = keys.length;
  for (let start = 0; start < n; start++) {
    let hash = PHRASE_SEED;
    const limit = Math.min(n, start + resources.maxPhraseTokens);
    for (let end = start + 1; end <= limit; end++) {
      hash = extendPhrase(hash, keys[end - 1] as number);
      const mask = resources.phrases.get(hash);
      if (mask === undefined) break;
      for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) {
        if ((mask & (1 << c)) === 0) continue;
        const word = c >> 3, bit = 1 << (4 * (c & 7));
        const first = start * GAZETTEER_WORDS + word, last = (end - 1) * GAZETTEER_WORDS + word;
        if (end - start === 1) { out[first] = (out[first] as number) | (bit << 3); continue; }
        out[first] = (out[first] as number) | bit;
        for (let k = first + GAZETTEER_WORDS; k < last; k += GAZETTEER_WORDS) out[k] = (out[k] as number) | (bit << 1);
        out[last] = (out[last] as number) | (bit << 2);
      }
    }
  }
}
