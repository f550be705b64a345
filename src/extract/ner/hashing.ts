// Integer hashing for NER features: FNV-1a over char codes for strings, and a cheap mixer that
// combines a feature template id with one or two hashed values, so the hot path never builds strings.

/** FNV-1a over UTF-16 code units; returns an unsigned 32-bit value. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over text[start, end) of a string, without slicing it. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id with a value (murmur3 finaliser); unsigned 32-bit. */
export function mix(template: number, value: number): number {
  let h = (value ^ Math.imul(template + 1, 0x9e3779b1)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes a template id with two values (a conjunction feature). */
export function mix2(template: number, a: number, b: number): number {
  return mix(template, mix(a, b));
}
