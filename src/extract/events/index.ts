// Event extraction: turns each transfer into a transfer or request event, finds other events
// from the trigger lexicon sentence by sentence, merges repeated mentions and writes summaries.

import type { Event, EventType, Transfer } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import { inside, sentenceSpan } from '../transfers/sentence-facts.ts';
import { DateSource, describeEvent } from './attributes.ts';
import { mergeEvents, type DraftEvent } from './merge.ts';
import { summariseEvent, summariseTransfer } from './summary.ts';
import { sentenceTriggers } from './triggers.ts';

const TRANSFER_CAMEO: Record<Transfer['status'], string> = {
  delivered: '072', requested: '0232', promised: '0312', ordered: '061', planned: '0312',
};

function transferEvent(ctx: ExtractContext, t: Transfer): DraftEvent {
  const draft: DraftEvent = {
    id: '',
    type: t.status === 'requested' ? 'request' : 'transfer',
    cameo: TRANSFER_CAMEO[t.status],
    date: t.date,
    place: t.place,
    actors: t.supplier ? [t.supplier] : [],
    targets: t.recipient ? [t.recipient] : [],
    quantity: t.items.every((i) => i.quantity !== null) ? t.items.reduce((n, i) => n + (i.quantity ?? 0), 0) : null,
    citations: [...t.citations],
    span: t.span,
    summary: summariseTransfer(t, ctx.entities),
    dateSource: t.date ? DateSource.Stated : DateSource.None,
    fromTransfer: true,
  };
  return draft;
}

/** Lexicon events of one sentence; transfer wording is left to the transfer records there. */
function sentenceEvents(ctx: ExtractContext, index: number, transfers: Transfer[]): DraftEvent[] {
  const sentence = ctx.sentences[index]!;
  const span = sentenceSpan(sentence);
  const here = transfers.filter((t) => inside(t.span, span) || inside(span, t.span));
  // The transfer is the sentence's event; its wording ("announced", "asked") makes no other.
  const skip = new Set<EventType>(here.length > 0 ? ['transfer', 'request', 'statement'] : []);
  // Item names ("riot shields", "stun grenades") are what is transferred, not events.
  const items = here.flatMap((t) => t.items.map((i) => i.item.toLowerCase()));
  return sentenceTriggers(ctx, sentence)
    .filter((t) => !skip.has(t.type) && !items.some((item) => item.includes(t.text.toLowerCase())))
    .map((t): DraftEvent => ({
      id: '', type: t.type, cameo: t.cameo, span, summary: '', fromTransfer: false,
      ...describeEvent(ctx, t.type, t.span, span),
    }))
    // A statement needs someone named who makes it; "it was announced" reports nothing attributable.
    .filter((e) => e.type !== 'statement' || e.actors.length > 0);
}

/**
 * Events of the document: one per happening, with ids "ev1", "ev2"… in text order. Never throws:
 * a sentence that cannot be read is skipped with a warning.
 */
export function extractEvents(ctx: ExtractContext, transfers: Transfer[]): Event[] {
  const drafts: DraftEvent[] = [];
  for (const t of transfers) {
    try {
      drafts.push(transferEvent(ctx, t));
    } catch (error) {
      ctx.warnings.push(`events: transfer ${t.id ?? '?'} skipped: ${(error as Error).message}`);
    }
  }
  ctx.sentences.forEach((_, index) => {
    try {
      drafts.push(...sentenceEvents(ctx, index, transfers));
    } catch (error) {
      ctx.warnings.push(`events: sentence ${index} skipped: ${(error as Error).message}`);
    }
  });
  return mergeEvents(drafts).map((d, i): Event => {
    const { dateSource: _source, fromTransfer, ...event } = d;
    const id = `ev${i + 1}`;
    return { ...event, id, summary: fromTransfer ? event.summary : summariseEvent({ ...event, id }, ctx.entities) };
  });
}
