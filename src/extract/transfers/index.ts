// Transfer ledger extraction: finds sentences where equipment changes hands (or is requested,
// promised, ordered or planned), and records the parties, items, value, date, place and sources.

import type { Span, Transfer } from '../../model/index.ts';
import type { ExtractContext, Sentence } from '../context.ts';
import { itemsIn, valueIn, type LocatedItem } from './items.ts';
import { transferLexicon, type StatusCue } from './lexicon.ts';
import { entityStartingAt, focusPlace, partyAfter, subjectBefore } from './parties.ts';
import { findPhrase, type PhraseMatch } from './phrase-pattern.ts';
import {
  citationDate, citationsFor, eventPlace, paragraphSpan, sentenceSpan, statedDate,
} from './sentence-facts.ts';

interface Cue {
  status: StatusCue;
  match: PhraseMatch;
}

/** Spans between quotation marks: what someone said is not the report's own claim. */
export function quotedSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /[“"]([^”"]{12,})[”"]/g;
  for (const m of text.slice(span[0], span[1]).matchAll(re)) out.push([span[0] + m.index, span[0] + m.index + m[0].length]);
  return out;
}

/**
 * The cue governing the items: the one closest before the first item ("…requests…, the military
 * has transferred 17,000 pistols" is a delivery), else the first one after it (passive voice).
 */
function findCue(ctx: ExtractContext, sentence: Sentence, firstItem: number): Cue | null {
  // Quotations may run over several sentences, so they are looked for in the whole paragraph.
  const quoted = [...quotedSpans(ctx.text, paragraphSpan(ctx.text, sentence.start)), ...ctx.quotes.map((q) => q.span)];
  const text = ctx.text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  for (const status of transferLexicon().statuses) {
    for (const pattern of status.patterns) {
      for (const match of findPhrase(pattern, text, sentence.start)) {
        if (!quoted.some((q) => match.start >= q[0] && match.start < q[1])) cues.push({ status, match });
      }
    }
  }
  const before = cues.filter((c) => c.match.end <= firstItem);
  // Closest end first; of cues ending together the longest ("plans to buy" over "buy").
  const closest = (best: Cue, c: Cue): Cue =>
    c.match.end > best.match.end || (c.match.end === best.match.end && c.match.start < best.match.start) ? c : best;
  if (before.length > 0) return before.reduce(closest);
  return cues.sort((a, b) => a.match.start - b.match.start)[0] ?? null;
}

/** "asked India to provide…": the party asked to give is the would-be supplier ("asked X to ensure…" names none). */
function askedParty(ctx: ExtractContext, cue: Cue): string | null {
  const cueText = ctx.text.slice(cue.match.start, cue.match.end);
  const asked = cueText.match(/^\S+\s+/);
  if (!asked || !/\bto\s+(?:provide|supply|deliver|give|sell|transfer|send)$/i.test(cueText)) return null;
  const from = cue.match.start + asked[0].length;
  for (let at = from; at < Math.min(cue.match.end, from + 60); at++) {
    const id = entityStartingAt(ctx, at, cue.match.end);
    if (id) return id;
  }
  return null;
}

function resolveParties(ctx: ExtractContext, cue: Cue, sentence: Sentence): { supplier: string | null; recipient: string | null } {
  const subject = subjectBefore(ctx, cue.match.start, sentence.start);
  const to = partyAfter(ctx, 'to', cue.match.end, sentence.end);
  const from = partyAfter(ctx, 'from', cue.match.end, sentence.end);
  const forParty = partyAfter(ctx, 'for', cue.match.end, sentence.end);
  switch (cue.status.direction) {
    case 'recipient-to': return { supplier: askedParty(ctx, cue), recipient: to ?? forParty ?? subject };
    case 'subject-buys':
    case 'subject-receives': return { supplier: from, recipient: subject };
    case 'subject-supplies': {
      const supplier = subject ?? from ?? partyAfter(ctx, 'by', cue.match.end, sentence.end);
      // "has given Kyrgyzstan 10 armored vehicles": a party right after the verb is the recipient.
      const indirect = entityStartingAt(ctx, cue.match.end + 1, sentence.end);
      // With no recipient named ("has handed over 27 Humvees"), the report's own country receives;
      // a recipient that is named but not recognised stays unknown.
      const named = /\bto\s+(?:the|its|their|his|her)\s|\bto\s+[A-Z]/.test(ctx.text.slice(cue.match.end, sentence.end));
      return { supplier, recipient: to ?? indirect ?? forParty ?? (named ? null : focusPlace(ctx, supplier)) };
    }
  }
}

/**
 * Counted equipment makes a transfer; uncounted equipment only as the direct object of the cue
 * ("delivered S-300 systems"), not a weapon merely named nearby ("carried out a mortar attack").
 */
function isGoverned(cue: Cue, items: LocatedItem[]): boolean {
  return items.some((i) => i.quantity !== null) || items.some((i) => i.at >= cue.match.end && i.at - cue.match.end <= 30);
}

/** When the sentence gives no date, a following "handover"/"delivery" sentence often does. */
function followUp(ctx: ExtractContext, index: number): { date: string; place: string | null } | null {
  const next = ctx.sentences[index + 1];
  if (!next || !transferLexicon().handoverNouns.test(ctx.text.slice(next.start, next.end))) return null;
  const date = statedDate(ctx, sentenceSpan(next), next.start);
  return date ? { date, place: eventPlace(ctx, sentenceSpan(next))?.id ?? null } : null;
}

function buildTransfer(ctx: ExtractContext, index: number, n: number): Transfer | null {
  const sentence = ctx.sentences[index]!;
  const span = sentenceSpan(sentence);
  const items = itemsIn(ctx, span);
  if (items.length === 0) return null;
  const cue = findCue(ctx, sentence, items[0]!.at);
  if (!cue || !isGoverned(cue, items)) return null;
  const citations = citationsFor(ctx, [cue.match.start, cue.match.end], span);
  const later = followUp(ctx, index);
  const date = statedDate(ctx, span, cue.match.start) ?? later?.date ?? citationDate(ctx, citations);
  const parties = resolveParties(ctx, cue, sentence);
  return {
    id: `tr${n}`,
    ...parties,
    items: items.map(({ item, quantity }) => ({ item, quantity })),
    value: valueIn(ctx, span),
    status: cue.status.status,
    date,
    place: eventPlace(ctx, span, [parties.supplier, parties.recipient], true)?.id ?? later?.place ?? null,
    citations: citations.map((c) => c.id),
    span,
  };
}

/**
 * Transfers in the document, one per sentence with a transfer cue and at least one item.
 * May add organization entities (ids "t…") for parties named by a common noun. Never throws.
 */
export function extractTransfers(ctx: ExtractContext): Transfer[] {
  const out: Transfer[] = [];
  ctx.sentences.forEach((_, index) => {
    try {
      const transfer = buildTransfer(ctx, index, out.length + 1);
      if (transfer) out.push(transfer);
    } catch (error) {
      ctx.warnings.push(`transfers: sentence ${index} skipped: ${(error as Error).message}`);
    }
  });
  return out;
}
