// Step 7: named mentions from capitalised chunks: persons (with titles), organizations, groups,
// places (geocoded), media. Extends chunks by a lowercase head ("Batys border service",
// "Mangistau region"), reads "(FSB)" as an alias, and lets surnames and the NER settle unknowns.
import type { ExtractContext, Sentence, Token } from '../context.ts';
import type { PipelineState } from '../state.ts';
import { overlaps } from '../state.ts';
import { findChunks, lowercaseVocabulary } from '../names/chunks.ts';
import { classifyChunk, type Classified } from '../names/classify.ts';
import { resolveUnknowns } from '../names/unknowns.ts';
import { fromNer, tagNames, type NerMention } from '../names/ner-mentions.ts';
import { lookupPlace } from '../lexicon/gazetteer.ts';
import { words } from '../lexicon/words.ts';

/** A character range already accounted for. */
type Range = { start: number; end: number };

const REGION_WORDS = /^(?:region|oblast|province|district|raion|governorate|prefecture|territory)$/i;

/** Lowercase heads split into words once (longest first, as in words()). */
let headParts: string[][] | null = null;

function lowerHeadAfter(tokens: readonly Token[], from: number): number {
  headParts ??= words().lowerHeads.map((head) => head.split(' '));
  const first = tokens[from]?.text;
  if (first === undefined) return -1;
  for (const parts of headParts) {
    if (parts[0] !== first) continue;
    if (parts.every((p, k) => tokens[from + k]?.text === p)) return from + parts.length - 1;
  }
  return -1;
}

const GROUP_BEFORE = /\b(?:group|movement|organi[sz]ation|sect|network|cell)\s+(?:known as|called|named)\s+["“]?$/;
const GROUP_AFTER = /^[”"]?\s+(?:movement|sect|group|network|militants|insurgents|members)\b/;

/** "a group known as “Tablighi Jamaat”", "the Tablighi Jamaat movement": movements by their context. */
function groupByContext(m: Classified, text: string): Classified {
  if (m.type === 'person' && !m.unknown) return m;
  if (m.type === 'place' && m.place) return m;
  const before = GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  const after = GROUP_AFTER.test(text.slice(m.end, m.end + 20));
  if (!before && !after) return m;
  const { place: _place, unknown: _unknown, ...rest } = m;
  return { ...rest, type: 'group', confidence: Math.max(m.confidence, 0.75) };
}

/** "Mangistau region", "Batys border service": a chunk completed by the lowercase word after it. */
function extend(m: Classified, s: Sentence, last: number, text: string): Classified {
  const next = s.tokens[last + 1];
  if (next && REGION_WORDS.test(next.text) && (m.type === 'place' || m.unknown)) {
    const name = text.slice(m.start, next.end);
    const place = lookupPlace(name) ?? lookupPlace(`${m.name} Region`) ?? lookupPlace(m.name) ?? m.place;
    return { ...m, end: next.end, name, type: 'place', confidence: 0.85, unknown: false, ...(place ? { place } : {}) };
  }
  const head = m.unknown || m.type === 'place' ? lowerHeadAfter(s.tokens, last + 1) : -1;
  if (head < 0) return m;
  const end = s.tokens[head]!.end;
  const { place: _place, ...rest } = m;
  return { ...rest, end, name: text.slice(m.start, end), type: 'organization', confidence: 0.75, unknown: false };
}

function acronymAfter(s: Sentence, last: number): Token | null {
  const [open, acr, close] = [s.tokens[last + 1], s.tokens[last + 2], s.tokens[last + 3]];
  return open?.text === '(' && close?.text === ')' && acr && /^[A-Z][A-Z.-]{1,9}$/.test(acr.text) ? acr : null;
}

function dominantCountry(found: readonly Classified[]): string | null {
  const counts = new Map<string, number>();
  for (const m of found) if (m.place?.country) counts.set(m.place.country, (counts.get(m.place.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A small town whose name may as well be a person's ("Abay", "Karim"): the NER may overrule it. */
function isWeakPlace(m: Classified): boolean {
  return m.type === 'place' && m.place?.kind === 'city' && m.place.population < 100000;
}

/**
 * Rules decide what they are sure of (titled persons, head-word bodies, gazetteer places, outlets);
 * the NER types the chunks the rules left unknown, overrides small-town readings of person names,
 * and adds the names the chunker could not see.
 */
function combineWithNer(found: Classified[], ner: readonly NerMention[], dominant: string | null, taken: readonly Range[]): Classified[] {
  const out: Classified[] = [];
  const used = new Set<NerMention>();
  for (const m of found) {
    const hits = ner.filter((n) => overlaps(n.start, n.end, m.start, m.end));
    hits.forEach((h) => used.add(h));
    const weakPlace = isWeakPlace(m);
    const person = weakPlace ? hits.find((h) => (h.label === 'PER' && h.confidence >= 0.3) || (h.label === 'ORG' && h.confidence >= 0.5)) : undefined;
    if (person) { out.push(fromNer(person, dominant) ?? m); continue; }
    if (!m.unknown) { out.push(m); continue; }
    const typed = hits.map((h) => fromNer(h, dominant)).filter((x): x is Classified => x !== null);
    out.push(...(typed.length ? typed : [m]));
  }
  for (const n of ner) {
    if (used.has(n) || taken.some((t) => overlaps(t.start, t.end, n.start, n.end))) continue;
    // Names only the model saw need more of its confidence, most of all places the gazetteer lacks.
    const m = fromNer(n, dominant);
    const needed = m?.type === 'place' ? (m.place ? 0.3 : 0.6) : m?.type === 'person' ? 0.4 : 0.5;
    if (m && n.confidence >= needed) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

export function extractNamesStep(ctx: ExtractContext, state: PipelineState): void {
  const vocab = lowercaseVocabulary(ctx.sentences);
  // Outlets, equipment and money ("KZT 500 million", "US$50 million") are not names to type again.
  const money = ctx.amounts.map((a) => ({ start: a.span[0], end: a.span[1] }));
  const taken: Range[] = [...state.mentions.filter((m) => m.type === 'media' || m.type === 'equipment'), ...money];
  const found: Classified[] = [];
  const rejected: Range[] = [];
  const unsure = new Set<Sentence>();
  for (const s of ctx.sentences) {
    for (const chunk of findChunks(s, vocab)) {
      const first = chunk.tokens[0]!;
      const lastIndex = chunk.index + chunk.tokens.length - 1;
      if (taken.some((t) => overlaps(t.start, t.end, first.start, chunk.tokens.at(-1)!.end))) continue;
      const opts = { text: ctx.text, dominant: null, before: s.tokens[chunk.index - 1], sentenceStart: chunk.index === 0 };
      const typed = classifyChunk(chunk.tokens, opts);
      // A chunk the rules reject ("Sharia Islamic", "Administrative Violations Code") stays rejected.
      if (!typed.length) rejected.push({ start: first.start, end: chunk.tokens.at(-1)!.end });
      const acr = acronymAfter(s, lastIndex);
      typed.forEach((m, k) => {
        const last = k === typed.length - 1;
        const done = groupByContext(last ? extend(m, s, lastIndex, ctx.text) : m, ctx.text);
        if (last && acr && done.type !== 'person') { done.aliases = [acr.text]; taken.push({ start: acr.start, end: acr.end }); }
        found.push(done);
        if (done.unknown || isWeakPlace(done)) unsure.add(s);
      });
    }
  }
  const dominant = dominantCountry(found);
  for (const m of found) if (m.place?.kind === 'city') m.place = lookupPlace(m.place.name, dominant) ?? m.place;
  const merged = combineWithNer(found, tagNames(ctx, (s) => unsure.has(s)), dominant, [...taken, ...rejected]);
  state.mentions.push(...resolveUnknowns(merged, ctx));
}
