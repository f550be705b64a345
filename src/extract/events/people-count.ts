// Reads how many people an event involved: "six alleged members", "12 insurgents", "a dozen
// suspects". Number words and person nouns come from data/lexicon/event-counts.json.

import type { Span } from '../../model/index.ts';
import { eventLexicon } from './lexicon.ts';

export interface PeopleCount {
  value: number;
  at: number;
}

let pattern: RegExp | null = null;
let afterVerb: RegExp | null = null;

/** "…clashed with smugglers, killing two": a bare number right after a verb of harm or detention. */
function afterVerbPattern(): RegExp {
  const words = [...eventLexicon().numberWords.keys()].filter((w) => !/^(a|an|another|single|lone|both)$/.test(w))
    .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`));
  afterVerb ??= new RegExp(
    String.raw`\b(?:kill|killed|killing|detain|detained|detaining|arrest|arrested|arresting|wounded|wounding|injured|injuring|captured|capturing)\s+(\d+|${words.join('|')})\b(?!\s*(?:percent|%|years?|months?|days?|hours?|km|kilometers|kilometres|miles|times))`,
    'giu',
  );
  return afterVerb;
}

function countPattern(): RegExp {
  if (pattern) return pattern;
  const { numberWords, personNouns } = eventLexicon();
  const words = [...numberWords.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`));
  const nouns = [...personNouns].sort((a, b) => b.length - a.length);
  // A number, then up to five modifiers (or "of them") ("suspected Islamic Movement of Uzbekistan"), then a person noun.
  pattern = new RegExp(
    String.raw`\b(\d{1,3}(?:,\d{3})+|\d+|${words.join('|')})(?:\s+of\s+(?:them|those)|(?:\s+of)?\s+(?:[\p{L}-]+\s+){0,5}?(?:${nouns.join('|')}))\b`,
    'giu',
  );
  return pattern;
}

function valueOf(number: string): number | null {
  const digits = number.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  return eventLexicon().numberWords.get(number.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Every people count in `text` (offsets shifted by `base`). */
export function peopleCounts(text: string, base = 0): PeopleCount[] {
  const out: PeopleCount[] = [];
  for (const m of text.matchAll(countPattern())) {
    const value = valueOf(m[1]!);
    // Years ("in 2006 soldiers...") are not counts; "more than 10" is at least 11.
    if (value === null || value >= 1900) continue;
    const lead = text.slice(Math.max(0, m.index - 14), m.index);
    const plus = /^\d/.test(m[1]!) && /\b(?:more than|over)\s+$/i.test(lead) ? 1 : 0;
    out.push({ value: value + plus, at: base + m.index });
  }
  for (const m of text.matchAll(afterVerbPattern())) {
    const at = m.index + m[0].length - m[1]!.length;
    const value = valueOf(m[1]!);
    if (value !== null && value < 1900 && !out.some((c) => c.at === base + at)) out.push({ value, at: base + at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The count nearest to `anchor` inside `span` of `text`, or null. */
export function nearestCount(text: string, span: Span, anchor: number): number | null {
  const counts = peopleCounts(text.slice(span[0], span[1]), span[0]);
  counts.sort((a, b) => Math.abs(a.at - anchor) - Math.abs(b.at - anchor));
  return counts[0]?.value ?? null;
}
