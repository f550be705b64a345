// What changes hands in a transfer sentence: equipment with its quantities (from the quantity and
// equipment steps; a count of anything else, "83 MPs", is no transfer) and the stated value of the deal.

import type { Span, TransferItem } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import { transferLexicon } from './lexicon.ts';
import { inside } from './sentence-facts.ts';

export interface LocatedItem extends TransferItem {
  at: number;
}

const LEAD_WORDS = /^(?:including|include|includes|and|of|as|such|well|the|with|plus|also)\s+/i;

/** "flack jackets" → "flak jackets"; known spelling variants come from the lexicon. */
export function normaliseItem(item: string): string {
  let out = item.trim().replace(/\s+/g, ' ');
  while (LEAD_WORDS.test(out)) out = out.replace(LEAD_WORDS, '');
  for (const [variant, canonical] of transferLexicon().itemVariants) {
    out = out.replace(new RegExp(`\\b${variant}\\b`, 'i'), canonical);
  }
  return out;
}

const isPeople = (item: string): boolean =>
  transferLexicon().personNouns.has(item.toLowerCase().split(' ').at(-1) ?? '') || /-man\b/.test(item);

/** Items mentioned in `span`, people excluded ("27-man KAZBAT" is not equipment). */
export function itemsIn(ctx: ExtractContext, span: Span): LocatedItem[] {
  const items = ctx.quantities
    .filter((q) => inside(q.span, span))
    .map((q) => ({ item: normaliseItem(q.item), quantity: q.value, at: q.span[0] }));
  const covered = (at: number): boolean => ctx.quantities.some((q) => at >= q.span[0] && at < q.span[1]);
  const equipment = ctx.entities
    .filter((e) => e.type === 'equipment')
    .flatMap((e) => e.mentions.filter((m) => inside(m, span) && !covered(m[0])).map((m) => ({ item: e.name, quantity: null, at: m[0] })))
    .filter((e) => !items.some((i) => i.item.toLowerCase().includes(e.item.toLowerCase())));
  return [...items, ...equipment].filter((i) => !isPeople(i.item)).sort((a, b) => a.at - b.at);
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The value of the deal: the first amount in the sentence. */
export function valueIn(ctx: ExtractContext, span: Span): { value: number; currency: string } | null {
  const amount = ctx.amounts.find((a) => inside(a.span, span));
  if (amount) return { value: amount.value, currency: amount.currency };
  const m = ctx.text.slice(span[0], span[1]).match(/\$\s?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)?/i);
  if (!m) return null;
  return { value: Number(m[1]!.replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1), currency: 'USD' };
}
