// Merges repeated mentions of one event: a report names its exercise or arrest several times
// ("conducted exercises… these exercises… on October 10 the exercise was held"). Events of one
// type stay apart only when they state different dates or come from different transfers.

import type { Event } from '../../model/index.ts';
import { DateSource } from './attributes.ts';

export interface DraftEvent extends Event {
  dateSource: DateSource;
  /** Events made from a Transfer record are distinct by construction and never merge together. */
  fromTransfer: boolean;
}

const isAnchor = (e: DraftEvent): boolean => e.fromTransfer || e.dateSource === DateSource.Stated;
const distance = (a: DraftEvent, b: DraftEvent): number => Math.abs(a.span[0] - b.span[0]);
const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/** Copies what `into` lacks from `from`. */
function absorb(into: DraftEvent, from: DraftEvent): void {
  if (into.date === null && from.date !== null) { into.date = from.date; into.dateSource = from.dateSource; }
  into.place ??= from.place;
  into.quantity ??= from.quantity;
  into.cameo ??= from.cameo;
  if (into.actors.length === 0) into.actors = from.actors;
  if (into.targets.length === 0) into.targets = from.targets;
  into.citations = union(into.citations, from.citations);
}

function mergeType(events: DraftEvent[]): DraftEvent[] {
  const anchors: DraftEvent[] = [];
  for (const e of events.filter(isAnchor)) {
    const same = e.fromTransfer ? undefined : anchors.find((a) => a.date === e.date);
    if (same) absorb(same, e); else anchors.push(e);
  }
  const rest = events.filter((e) => !isAnchor(e));
  if (anchors.length === 0 && rest.length > 0) {
    // No stated date anywhere: the best-dated mention stands for the event.
    const best = rest.reduce((a, b) => (b.dateSource > a.dateSource ? b : a));
    anchors.push(best);
    rest.splice(rest.indexOf(best), 1);
  }
  for (const e of rest) {
    const nearest = anchors.reduce((a, b) => (distance(b, e) < distance(a, e) ? b : a));
    absorb(nearest, e);
  }
  return anchors;
}

/** One event per happening, in text order. */
export function mergeEvents(events: DraftEvent[]): DraftEvent[] {
  const types = [...new Set(events.map((e) => e.type))];
  return types.flatMap((t) => mergeType(events.filter((e) => e.type === t))).sort((a, b) => a.span[0] - b.span[0]);
}
