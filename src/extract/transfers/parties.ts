// Resolves the giver and the receiver of a transfer to entity ids. A party written as a common
// noun ("the military", "the police") with no entity behind it gets an organization entity of its own.

import type { Entity, Span } from '../../model/index.ts';
import type { ExtractContext } from '../context.ts';
import { transferLexicon } from './lexicon.ts';

const PARTY_TYPES = new Set(['organization', 'group', 'place', 'person']);
const SKIPPABLE = /(?:\s|,)*(?:\b(?:has|have|had|will|would|was|were|been|is|are|be|recently|also|already|now|reportedly|since|then|later|finally|allegedly|officially|itself|themselves)\b(?:\s|,)*)*$/i;

const fold = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();

/** The entity whose mention ends exactly at `end` (after skipping auxiliaries and adverbs). */
function entityEndingAt(ctx: ExtractContext, end: number, floor: number): { id: string; start: number } | null {
  let best: { id: string; start: number } | null = null;
  for (const e of ctx.entities) {
    if (!PARTY_TYPES.has(e.type)) continue;
    for (const [s, t] of e.mentions) {
      if (t === end && s >= floor && (!best || s < best.start)) best = { id: e.id, start: s };
    }
  }
  return best;
}

/** The entity whose mention starts at `start` ("to the police": the entity for "police"). */
export function entityStartingAt(ctx: ExtractContext, start: number, limit: number): string | null {
  for (const e of ctx.entities) {
    if (!PARTY_TYPES.has(e.type)) continue;
    if (e.mentions.some(([s, t]) => (s === start || s === start + 4) && t <= limit)) return e.id;
  }
  return null;
}

/** An entity for a common-noun party, reused when the same noun was seen before. */
function nounParty(ctx: ExtractContext, noun: string, span: Span): string {
  const key = fold(noun);
  const known = ctx.entities.find((e) => PARTY_TYPES.has(e.type) && [e.name, ...e.aliases].some((n) => fold(n) === key));
  if (known) {
    if (!known.mentions.some((m) => m[0] === span[0])) known.mentions.push(span);
    return known.id;
  }
  let n = ctx.entities.length + 1;
  while (ctx.entities.some((e) => e.id === `t${n}`)) n++;
  const entity: Entity = { id: `t${n}`, type: 'organization', name: noun.replace(/^the\s+/i, ''), aliases: [], mentions: [span], confidence: 0.6 };
  ctx.entities.push(entity);
  return entity.id;
}

/**
 * A party-noun phrase ending at `at` (`before`) or starting there: "the military", "police units",
 * "the Georgian army" (up to two capitalised qualifiers before the noun).
 */
function nounPhrase(text: string, at: number, before: boolean): { noun: string; span: Span } | null {
  const slice = before ? text.slice(Math.max(0, at - 60), at) : text.slice(at, at + 60);
  for (const noun of transferLexicon().partyNouns) {
    const body = String.raw`(?:the\s+)?((?:[A-Z][\w-]*\s+){0,2}${noun})`;
    const m = slice.match(before ? new RegExp(String.raw`\b${body}$`, 'i') : new RegExp(String.raw`^${body}\b`, 'i'));
    if (!m || m.index === undefined) continue;
    const whole = m[0];
    const start = before ? at - whole.length : at;
    // Qualifiers must really be capitalised ("Georgian"), whatever the case-insensitive match allowed.
    const qualifiers = m[1]!.slice(0, m[1]!.length - noun.length).trim();
    if (qualifiers && !/^(?:[A-Z][\w-]*\s*)+$/.test(qualifiers)) continue;
    return { noun: m[1]!, span: [start, start + whole.length] };
  }
  return null;
}

/** The subject just before a verb cue at `cueStart`, within the sentence starting at `floor`. */
export function subjectBefore(ctx: ExtractContext, cueStart: number, floor: number): string | null {
  const head = ctx.text.slice(floor, cueStart);
  const end = floor + head.replace(SKIPPABLE, '').length;
  const entity = entityEndingAt(ctx, end, floor);
  if (entity) return entity.id;
  const phrase = nounPhrase(ctx.text, end, true);
  return phrase && phrase.span[0] >= floor ? nounParty(ctx, phrase.noun, phrase.span) : null;
}

/** The party after a preposition ("to the police", "from Russia") between `from` and `limit`. */
export function partyAfter(ctx: ExtractContext, preposition: string, from: number, limit: number): string | null {
  const re = new RegExp(`\\b${preposition}\\s+`, 'gi');
  for (const m of ctx.text.slice(from, limit).matchAll(re)) {
    const at = from + m.index + m[0].length;
    const entity = entityStartingAt(ctx, at, limit);
    if (entity) return entity;
    const phrase = nounPhrase(ctx.text, at, false);
    if (phrase && phrase.span[1] <= limit) return nounParty(ctx, phrase.noun, phrase.span);
  }
  return null;
}

/** The place the report is mostly about, used when a delivery names no recipient. */
export function focusPlace(ctx: ExtractContext, exclude: string | null): string | null {
  const places = ctx.entities.filter((e) => e.type === 'place' && e.id !== exclude);
  places.sort((a, b) => b.mentions.length - a.mentions.length);
  return places[0]?.id ?? null;
}
