// Fills in an event found at a trigger: when (a date in the sentence, else its citation, else the
// paragraph), where, how many people, who acted on whom, and which citations support it.

import type { EventType, Span } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import {
  citationDate, citationsFor, eventPlace, inside, paragraphSpan, statedDate,
} from '../transfers/sentence-facts.ts';
import { nearestCount } from './people-count.ts';

/** How a date was found; a stated date outranks a borrowed one when events are merged. */
export enum DateSource { None = 0, Paragraph = 1, Citation = 2, Stated = 3 }

/** Types whose quantity is a number of people (detained, killed, deployed...). */
const COUNTED = new Set<EventType>(['arrest', 'attack', 'battle', 'violence_against_civilians', 'explosion', 'riot', 'protest', 'deployment']);
const ACTOR_TYPES = new Set(['person', 'organization', 'group', 'place', 'media']);

export interface EventFacts {
  date: string | null;
  dateSource: DateSource;
  place: string | null;
  quantity: number | null;
  actors: string[];
  targets: string[];
  citations: string[];
}

function findDate(ctx: ExtractContext, trigger: Span, sentence: Span): { date: string | null; dateSource: DateSource } {
  const stated = statedDate(ctx, sentence, trigger[0]);
  if (stated) return { date: stated, dateSource: DateSource.Stated };
  const cited = citationDate(ctx, citationsFor(ctx, trigger, sentence));
  if (cited) return { date: cited, dateSource: DateSource.Citation };
  const earlier = statedDate(ctx, [paragraphSpan(ctx.text, sentence[0])[0], sentence[0]], sentence[0]);
  return earlier ? { date: earlier, dateSource: DateSource.Paragraph } : { date: null, dateSource: DateSource.None };
}

/** Entities in the sentence: those before the trigger act, those after are acted upon. */
function participants(ctx: ExtractContext, trigger: Span, sentence: Span, place: string | null): { actors: string[]; targets: string[] } {
  const seen: { id: string; at: number }[] = [];
  for (const e of ctx.entities) {
    if (!ACTOR_TYPES.has(e.type) || e.id === place) continue;
    const mention = e.mentions.find((m) => inside(m, sentence) && !inside(m, trigger));
    if (mention) seen.push({ id: e.id, at: mention[0] });
  }
  const before = seen.filter((s) => s.at < trigger[0]).sort((a, b) => b.at - a.at).slice(0, 2);
  const after = seen.filter((s) => s.at > trigger[0]).sort((a, b) => a.at - b.at).slice(0, 2);
  return { actors: before.map((s) => s.id), targets: after.map((s) => s.id) };
}

function findQuantity(ctx: ExtractContext, type: EventType, trigger: Span, sentence: Span): number | null {
  if (!COUNTED.has(type)) return null;
  const here = nearestCount(ctx.text, sentence, trigger[0]);
  if (here !== null) return here;
  // "…six alleged members of a group. … the leader of the detained group": the count came earlier.
  return nearestCount(ctx.text, [paragraphSpan(ctx.text, sentence[0])[0], sentence[0]], sentence[0]);
}

function findPlace(ctx: ExtractContext, sentence: Span): string | null {
  const here = eventPlace(ctx, sentence);
  if (here) return here.id;
  return eventPlace(ctx, [paragraphSpan(ctx.text, sentence[0])[0], sentence[0]], [], true)?.id ?? null;
}

export function describeEvent(ctx: ExtractContext, type: EventType, trigger: Span, sentence: Span): EventFacts {
  const place = findPlace(ctx, sentence);
  return {
    ...findDate(ctx, trigger, sentence),
    place,
    quantity: findQuantity(ctx, type, trigger, sentence),
    ...participants(ctx, trigger, sentence, place),
    citations: citationsFor(ctx, trigger, sentence).map((c) => c.id),
  };
}
