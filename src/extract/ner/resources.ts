// Lexical resources the NER features read: gazetteers (phrases with category bits) and word clusters.
// Phrases are keyed by a rolling integer hash of their lowercased tokens, so matching builds no strings.

import { hashString, mix } from './hashing.ts';
import { normaliseToken } from './word-shape.ts';

/** Gazetteer categories, in bit order; at most 8 so a token's matches fit in 32 bits (4 positions each). */
export const GAZETTEER_CATEGORIES = [
  'country', 'city', 'nationality', 'first-name', 'train-PER', 'train-LOC', 'train-ORG', 'train-MISC',
] as const;
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
const PREFIX = 1 << 8;

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
 * Per-token gazetteer match bits for a sentence: bit 4*category + position, where position is
 * 0 = begin, 1 = inside, 2 = last, 3 = unit (single token). Every match is marked, not only the longest.
 */
export function matchGazetteers(resources: NerResources, keys: ArrayLike<number>, out: Uint32Array): void {
  out.fill(0, 0, keys.length);
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
        if (end - start === 1) { out[start] = (out[start] as number) | (1 << (4 * c + 3)); continue; }
        out[start] = (out[start] as number) | (1 << (4 * c));
        for (let i = start + 1; i < end - 1; i++) out[i] = (out[i] as number) | (1 << (4 * c + 1));
        out[end - 1] = (out[end - 1] as number) | (1 << (4 * c + 2));
      }
    }
  }
}
