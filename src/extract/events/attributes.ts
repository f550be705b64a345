// Fills in an event found at a trigger: when (a date in the sentence, else its citation, else the
// paragraph), where, how many people, who acted on whom, and which citations support it.

import type { Entity, EventType, Span } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import {
  citationDate, citationsFor, eventPlace, inside, paragraphSpan, placesIn, sentenceIndexAt, statedDate,
} from '../transfers/sentence-facts.ts';
import { nearestCount } from './people-count.ts';
import { findTriggers } from './triggers.ts';

/** How a date was found; a stated date outranks a borrowed one when events are merged. */
export enum DateSource { None = 0, Paragraph = 1, Citation = 2, Stated = 3 }

/** Types whose quantity is a number of people (detained, killed, deployed...). */
const COUNTED = new Set<EventType>(['arrest', 'attack', 'battle', 'violence_against_civilians', 'explosion', 'riot', 'protest', 'deployment']);
const ACTOR_TYPES = new Set(['person', 'organization', 'group', 'place']);

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
  // A source named in a citation "(Kazinform, October 10)" reports the event; it takes no part in it.
  const cited = ctx.citations.map((c) => c.span);
  for (const e of ctx.entities) {
    if (!ACTOR_TYPES.has(e.type) || e.id === place) continue;
    const mention = e.mentions.find((m) => inside(m, sentence) && !inside(m, trigger) && !cited.some((c) => inside(m, c)));
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
  // "…six alleged members of a group. … the leader of the detained group": the count came earlier
  // in the paragraph, in sentences that report no other kind of event.
  const paragraphStart = paragraphSpan(ctx.text, sentence[0])[0];
  for (let i = sentenceIndexAt(ctx, sentence[0]) - 1; i >= 0; i--) {
    const earlier = ctx.sentences[i]!;
    if (earlier.start < paragraphStart) break;
    const span: Span = [earlier.start, earlier.end];
    if (findTriggers(ctx, span).some((t) => t.type !== type && t.type !== 'statement')) break;
    const count = nearestCount(ctx.text, span, earlier.end);
    if (count !== null) return count;
  }
  return null;
}

const LOCATED = /\b(in|at|near|outside)\s+(the\s+)?$/i;
const isCountry = (e: Entity): boolean => e.gazetteer_id?.startsWith('iso:') ?? false;

/**
 * Where it happened: "in X" before the trigger; else a town or region acting as subject
 * ("Ust-Kamenogorsk … has agreed … with counterparts in China"); else "in X" after the
 * trigger; else the first place named; else the place set earlier in the paragraph.
 */
function findPlace(ctx: ExtractContext, trigger: Span, sentence: Span): string | null {
  const places = placesIn(ctx, sentence);
  const located = (p: { at: number }): boolean => LOCATED.test(ctx.text.slice(Math.max(0, p.at - 12), p.at));
  const before = places.filter((p) => p.at < trigger[0]);
  const choice = before.find(located) ?? before.find((p) => !isCountry(p.entity)) ?? places.find((p) => p.at > trigger[0] && located(p)) ?? places[0];
  if (choice) return choice.entity.id;
  return eventPlace(ctx, [paragraphSpan(ctx.text, sentence[0])[0], sentence[0]], [], true)?.id ?? null;
}

export function describeEvent(ctx: ExtractContext, type: EventType, trigger: Span, sentence: Span): EventFacts {
  const place = findPlace(ctx, trigger, sentence);
  return {
    ...findDate(ctx, trigger, sentence),
    place,
    quantity: findQuantity(ctx, type, trigger, sentence),
    ...participants(ctx, trigger, sentence, place),
    citations: citationsFor(ctx, trigger, sentence).map((c) => c.id),
  };
}
