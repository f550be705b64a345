// Finds event triggers in a sentence: lexicon phrases outside quotations (what a speaker says
// happened is a statement, not the report's own event), each with the CAMEO code that fits.

import type { EventType, Span } from '../../model/index.ts';
import type { ExtractContext, Sentence } from '../context.ts';
import { quotedSpans } from '../transfers/index.ts';
import { findPhrase } from '../transfers/phrase-pattern.ts';
import { paragraphSpan } from '../transfers/sentence-facts.ts';
import { cameoRoot, codeVerb } from './cameo.ts';
import { eventLexicon, type EventTypeEntry } from './lexicon.ts';

export interface Trigger {
  type: EventType;
  span: Span;
  text: string;
  cameo: string | null;
  rank: number;
}

/** The type's default code unless the verb's own CAMEO code falls under one of the type's roots. */
function cameoFor(entry: EventTypeEntry, trigger: string, after: string): string | null {
  const verb = trigger.toLowerCase().split(/\s+/)[0] ?? '';
  const own = codeVerb(verb, `${trigger.split(/\s+/).slice(1).join(' ')} ${after}`);
  return own && entry.cameoRoots.includes(cameoRoot(own)) ? own : entry.cameo;
}

/** Quoted speech and names of equipment ("riot shields", "stun grenades") are not events. */
function maskedIn(ctx: ExtractContext, span: Span): Span[] {
  // Quotations may run over several sentences, so they are looked for in the whole paragraph.
  const paragraph = paragraphSpan(ctx.text, span[0]);
  const equipment = ctx.entities.filter((e) => e.type === 'equipment').flatMap((e) => e.mentions);
  return [...quotedSpans(ctx.text, paragraph), ...ctx.quotes.map((q) => q.span), ...ctx.quantities.map((q) => q.span), ...equipment];
}

/** Triggers in `span` (a sentence or any text range), strong ones or, with `weak`, the weak ones. */
export function findTriggers(ctx: ExtractContext, span: Span, weak = false): Trigger[] {
  const masked = maskedIn(ctx, span);
  const text = ctx.text.slice(span[0], span[1]);
  const out: Trigger[] = [];
  for (const entry of eventLexicon().types) {
    for (const pattern of weak ? entry.weak : entry.triggers) {
      if (pattern.context && findPhrase(pattern.context, text).length === 0) continue;
      for (const m of findPhrase(pattern.phrase, text, span[0])) {
        if (masked.some((q) => m.start < q[1] && m.end > q[0])) continue;
        const after = ctx.text.slice(m.end, Math.min(span[1], m.end + 120));
        out.push({ type: entry.type, span: [m.start, m.end], text: m.text, cameo: cameoFor(entry, m.text, after), rank: entry.rank });
      }
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** "agreed to adopt the law": the agreeing only frames the adoption, which is the event. */
function governsAnother(ctx: ExtractContext, trigger: Trigger, all: Trigger[]): boolean {
  return all.some((other) => other.type !== trigger.type && other.span[0] > trigger.span[1]
    && /^\s+(?:\S+\s+){0,3}?to\s+$/.test(ctx.text.slice(trigger.span[1], other.span[0])));
}

/**
 * The triggers a sentence reports as events: the first of each type; a statement only when the
 * sentence reports nothing else ("the prosecutor said the group was detained" is an arrest).
 */
export function sentenceTriggers(ctx: ExtractContext, sentence: Sentence): Trigger[] {
  const found = findTriggers(ctx, [sentence.start, sentence.end]);
  const all = found.filter((t) => !governsAnother(ctx, t, found));
  const firstOfType = all.filter((t, i) => all.findIndex((u) => u.type === t.type) === i);
  const events = firstOfType.filter((t) => t.type !== 'statement');
  return events.length > 0 ? events : firstOfType;
}
