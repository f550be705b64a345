// Looks up what earlier pipeline steps found around a span: the sentence and paragraph it sits
// in, dates, places and citations. Shared by transfers and events (events build on transfers).

import type { Citation, Entity, Span } from '../../model/index.ts';
import type { ExtractContext, Sentence } from '../context.ts';

export interface DatedValue {
  value: string;
  /** true when the date is written in the sentence itself, false when borrowed from a citation or context. */
  stated: boolean;
}

export const inside = (inner: Span, outer: Span): boolean => inner[0] >= outer[0] && inner[1] <= outer[1];
export const sentenceSpan = (s: Sentence): Span => [s.start, s.end];

/** A month-day date with an unknown year takes the document's publication year when there is one. */
export function fillYear(value: string, published: string | null): string {
  const year = published?.match(/^\d{4}/)?.[0];
  return year && value.startsWith('XXXX') ? year + value.slice(4) : value;
}

/** [start, end) of the paragraph (text between blank lines or line breaks) holding `offset`. */
export function paragraphSpan(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const next = text.indexOf('\n', offset);
  return [start, next === -1 ? text.length : next];
}

/** The date written closest to `anchor` inside `span`, if any. */
export function statedDate(ctx: ExtractContext, span: Span, anchor: number): string | null {
  const found = ctx.dates.filter((d) => inside(d.span, span) && /^(\d{4}|XXXX)/.test(d.value));
  if (found.length === 0) return null;
  found.sort((a, b) => Math.abs(a.span[0] - anchor) - Math.abs(b.span[0] - anchor));
  return fillYear(found[0]!.value, ctx.document.published);
}

/** Citations supporting a span: the claim covers it, or the parenthesis sits in the same sentence. */
export function citationsFor(ctx: ExtractContext, span: Span, sentence: Span): Citation[] {
  return ctx.citations.filter((c) => inside(span, c.claim) || inside(c.span, sentence));
}

/** The latest date of the supporting citations: a report is never older than what it reports. */
export function citationDate(ctx: ExtractContext, citations: Citation[]): string | null {
  const dates = citations.flatMap((c) => c.dates).map((d) => fillYear(d, ctx.document.published)).sort();
  return dates.at(-1) ?? null;
}

/** Place entities mentioned inside `span` (outside citations), in text order, each with the offset of that mention. */
export function placesIn(ctx: ExtractContext, span: Span): { entity: Entity; at: number }[] {
  const out: { entity: Entity; at: number }[] = [];
  // "(Interfax-Kazakhstan, October 11)" names a source, not where anything happened.
  const cited = ctx.citations.map((c) => c.span);
  for (const e of ctx.entities) {
    if (e.type !== 'place') continue;
    for (const m of e.mentions) if (inside(m, span) && !cited.some((c) => inside(m, c))) out.push({ entity: e, at: m[0] });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The place an event happened: one introduced by "in/at/near" first, else (unless `strict`) the
 * first one mentioned. Places in `exclude` (the parties themselves) are skipped.
 */
export function eventPlace(ctx: ExtractContext, span: Span, exclude: (string | null)[] = [], strict = false): Entity | null {
  const places = placesIn(ctx, span).filter((p) => !exclude.includes(p.entity.id));
  const located = places.find((p) => /\b(in|at|near|outside)\s+(the\s+)?$/i.test(ctx.text.slice(Math.max(0, p.at - 12), p.at)));
  return (located ?? (strict ? undefined : places[0]))?.entity ?? null;
}

/** Index of the sentence containing `offset` (or -1). */
export function sentenceIndexAt(ctx: ExtractContext, offset: number): number {
  return ctx.sentences.findIndex((s) => offset >= s.start && offset < s.end);
}
