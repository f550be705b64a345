// Test support: builds an ExtractContext from real text with naive sentence splitting and the
// entities, dates, citations and quantities a test names, standing in for the earlier pipeline steps.

import type { Citation, DateMention, Entity, EntityType, Quantity, Span } from '../../model/index.ts';
import type { ExtractContext, Sentence } from '../context.ts';

export interface FixtureFacts {
  published?: string | null;
  entities?: { name: string; type: EntityType; aliases?: string[] }[];
  dates?: { text: string; value: string }[];
  /** Citation parenthesis text, e.g. "(Interfax, July 1, 4)"; its claim runs back to the paragraph start. */
  citations?: { text: string; source: string; dates: string[] }[];
  quantities?: { text: string; value: number; item: string }[];
}

function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`(?<![\\p{L}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) out.push([m.index, m.index + needle.length]);
  return out;
}

const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|U\.S|Lt|Gen|Col|Maj|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/;

/** Naive splitting: a stop, optional closing marks, space, then a capital or an opening mark. */
export function splitSentences(text: string): Sentence[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?][”"’)]*(?=\s+[“"(A-Z])|\n+/g)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    ends.push(m.index + m[0].length);
  }
  ends.push(text.length);
  const out: Sentence[] = [];
  let from = 0;
  for (const stop of ends) {
    const raw = text.slice(from, stop);
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    from = stop;
    if (end <= start) continue;
    const tokens = [...text.slice(start, end).matchAll(/\S+/g)].map((t) => ({ text: t[0], start: start + t.index, end: start + t.index + t[0].length }));
    out.push({ start, end, tokens });
  }
  return out;
}

export function fixtureContext(text: string, facts: FixtureFacts = {}): ExtractContext {
  const entities: Entity[] = (facts.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`, type: e.type, name: e.name, aliases: e.aliases ?? [],
    mentions: [e.name, ...(e.aliases ?? [])].flatMap((n) => spansOf(text, n)),
  }));
  const dates: DateMention[] = (facts.dates ?? []).flatMap((d) => spansOf(text, d.text).map((span) => ({ text: d.text, span, value: d.value })));
  const citations: Citation[] = (facts.citations ?? []).flatMap((c, i) => spansOf(text, c.text).map((span) => {
    const paragraphStart = text.lastIndexOf('\n', span[0]) + 1;
    return { id: `c${i + 1}`, source: c.source, dates: c.dates, span, claim: [paragraphStart, span[0]] as Span };
  }));
  const quantities: Quantity[] = (facts.quantities ?? []).flatMap((q) => spansOf(text, q.text).map((span) => ({ ...q, span })));
  return {
    text,
    document: { id: 'fixture', title: null, publication: null, volume: null, issue: null, published: facts.published ?? null, text },
    sentences: splitSentences(text), entities, amounts: [], quantities, dates, citations, quotes: [], warnings: [],
  };
}
