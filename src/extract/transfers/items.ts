// What changes hands in a transfer sentence: items with their quantities (from the quantity step,
// or read from the sentence when that step found none) and the stated value of the deal.

import type { Span, TransferItem } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import { transferLexicon } from './lexicon.ts';
import { inside } from './sentence-facts.ts';

export interface LocatedItem extends TransferItem {
  at: number;
}

const STOP = String.raw`(?=\s*(?:,|;|\.|\(|\)|\band\b|\bworth\b|\bto\b|\bfor\b|\bfrom\b|\bvalued\b|\bin\b|\bat\b|$))`;
const COUNT_FIRST = new RegExp(String.raw`\b(\d{1,3}(?:,\d{3})+|\d+)\s+((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*?)` + STOP, 'g');
const COUNT_AFTER = /([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*\((\d{1,3}(?:,\d{3})+|\d+)\)/g;
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

function itemsFromText(text: string, base: number): LocatedItem[] {
  const out: LocatedItem[] = [];
  for (const m of text.matchAll(COUNT_FIRST)) {
    out.push({ item: normaliseItem(m[2]!), quantity: Number(m[1]!.replace(/,/g, '')), at: base + m.index });
  }
  for (const m of text.matchAll(COUNT_AFTER)) {
    out.push({ item: normaliseItem(m[1]!), quantity: Number(m[2]!.replace(/,/g, '')), at: base + m.index });
  }
  return out.filter((i) => i.item.length > 1 && !/^(percent|per|million|billion|thousand|years?|months?|days?)\b/i.test(i.item));
}

/** Items mentioned in `span`, people excluded ("27-man KAZBAT" is not equipment). */
export function itemsIn(ctx: ExtractContext, span: Span): LocatedItem[] {
  const fromStep = ctx.quantities
    .filter((q) => inside(q.span, span))
    .map((q) => ({ item: normaliseItem(q.item), quantity: q.value, at: q.span[0] }));
  const items = fromStep.length > 0 ? fromStep : itemsFromText(ctx.text.slice(span[0], span[1]), span[0]);
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
