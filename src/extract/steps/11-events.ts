// Step 11: transfers and events, by the extractors in ../transfers and ../events. They read the
// merged context (entities, amounts, quantities, dates, citations, quotes) built by steps 1-10.
import type { Event, Transfer } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import { extractEvents } from '../events/index.ts';
import { extractTransfers } from '../transfers/index.ts';

export function extractEventsStep(ctx: ExtractContext): { transfers: Transfer[]; events: Event[] } {
  const transfers = extractTransfers(ctx);
  return { transfers, events: extractEvents(ctx, transfers) };
}
