// A light sentence splitter for co-occurrence: the record carries no sentences, and co-occurrence
// only needs approximate bounds. Abbreviations such as "U.S." and "Lt.-General" do not end one.

import type { Span } from '../model/index.ts';

const ABBREVIATION = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Lt|Gen|Col|Maj|No|St|Jr|Sr|Oct|Nov|Dec|Jan|Feb|Aug|Sept?|vs|etc))\.$/;

/** `[start, end)` of each sentence (and each line) of the text. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]*\s+(?=["“(]?[A-Z0-9])|\n+/g;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, end - 8), end))) continue;
    if (end > start) spans.push([start, end]);
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
