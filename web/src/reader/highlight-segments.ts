// Cuts a document's text into paragraphs of plain and highlighted runs from span annotations.
// Overlapping spans keep the earlier (then longer) one, so every character is rendered once.
// Extra `cuts` split plain runs at given offsets (e.g. the edges of a passage to outline).
import type { Span } from '../api/types.ts';

export interface Highlight<T> {
  span: Span;
  data: T;
}

export interface TextRun<T> {
  text: string;
  start: number;
  highlight: T | null;
}

export function segmentText<T>(text: string, highlights: Highlight<T>[], cuts: readonly number[] = []): TextRun<T>[][] {
  const kept = dropOverlaps(highlights.filter(({ span: [s, e] }) => s >= 0 && e <= text.length && s < e));
  return paragraphRanges(text).map(([pStart, pEnd]) => {
    const runs: TextRun<T>[] = [];
    let at = pStart;
    for (const h of kept) {
      const [s, e] = h.span;
      if (e <= pStart || s >= pEnd) continue;
      const from = Math.max(s, pStart);
      const to = Math.min(e, pEnd);
      if (from > at) pushPlain(runs, text, [at, from], cuts);
      runs.push({ text: text.slice(from, to), start: from, highlight: h.data });
      at = to;
    }
    if (at < pEnd) pushPlain(runs, text, [at, pEnd], cuts);
    return runs;
  });
}

function pushPlain<T>(runs: TextRun<T>[], text: string, [from, to]: Span, cuts: readonly number[]): void {
  const points = [from, ...cuts.filter((c) => c > from && c < to).sort((a, b) => a - b), to];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    runs.push({ text: text.slice(start, points[i + 1]), start, highlight: null });
  }
}

function dropOverlaps<T>(highlights: Highlight<T>[]): Highlight<T>[] {
  const sorted = [...highlights].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: Highlight<T>[] = [];
  let end = -1;
  for (const h of sorted) {
    if (h.span[0] >= end) {
      kept.push(h);
      end = h.span[1];
    }
  }
  return kept;
}

/** Paragraphs are separated by blank lines; single newlines stay inside a paragraph. */
function paragraphRanges(text: string): Span[] {
  const ranges: Span[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    if (m.index > start) ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}
