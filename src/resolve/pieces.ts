// Turns a record's entities into pieces ready for within-document merging: adds the outlets that
// citations name, and splits a generic ministry whose mentions belong to different countries.

import type { Entity, EntityType, ExtractionRecord, Span } from '../model/index.ts';
import { isAcronym } from './acronyms.ts';
import { knownAlias, ministryKind } from './alias-index.ts';
import { splitCountryQualifier } from './countries.ts';
import { countryNear, type PlaceMark } from './mention-context.ts';
import { foldName } from './normalize.ts';
import { ADMIN_UNIT, personParts } from './name-parts.ts';

/** One entity (or one country-bound part of it) of a record. */
export interface Piece {
  ids: string[];
  type: EntityType;
  names: string[];
  mentions: Span[];
  country: string | null;
  gazetteerId: string | null;
}

/** Mentions of places whose country is known. */
export function placeMarks(entities: readonly Entity[]): PlaceMark[] {
  const marks: PlaceMark[] = [];
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const country = e.country ?? knownAlias(e.name)?.country ?? null;
    if (country) for (const [start, end] of e.mentions) marks.push({ start, end, country });
  }
  return marks;
}

function pieceOf(e: Entity): Piece {
  const names = [e.name, ...e.aliases].filter((n) => n.trim() !== '');
  return {
    ids: [e.id], type: e.type, names, mentions: [...e.mentions],
    country: e.country ?? null, gazetteerId: e.gazetteer_id ?? null,
  };
}

/** Splits a ministry entity by the country each mention's context gives ("Russia's Defense Ministry"). */
function splitByCountry(e: Entity, text: string, places: readonly PlaceMark[]): Piece[] {
  const base = pieceOf(e);
  if (!ministryKind(splitCountryQualifier(e.name).rest)) return [base];
  const groups = new Map<string, Span[]>();
  for (const span of e.mentions) {
    const surface = text.slice(span[0], span[1]);
    const country = splitCountryQualifier(surface).country ?? countryNear(text, span[0], places) ?? '';
    groups.set(country, [...(groups.get(country) ?? []), span]);
  }
  const explicit = [...groups.keys()].filter((c) => c !== '');
  if (explicit.length <= 1) return [{ ...base, country: base.country ?? explicit[0] ?? null }];
  const unknown = groups.get('') ?? [];
  groups.delete('');
  const owner = e.country && groups.has(e.country) ? e.country : null;
  return [...groups.entries()].map(([country, spans], i) => ({
    ...base,
    ids: i === 0 ? base.ids : [],
    country,
    mentions: country === owner ? [...spans, ...unknown] : spans,
  }));
}

/**
 * Detaches a person's one-word mentions that cannot be that person: "Anas" is neither the given
 * nor the family name of "Omar Abu Anas" (a kunya), so those mentions become their own piece.
 */
function splitForeignShortMentions(piece: Piece, text: string): Piece[] {
  if (piece.type !== 'person') return [piece];
  const parts = personParts(piece.names[0] ?? '');
  if (parts.tokens.length < 2) return [piece];
  const fits = (token: string) => token === parts.family || token === parts.given[0];
  const foreign = new Map<string, Span[]>();
  const own: Span[] = [];
  for (const span of piece.mentions) {
    const tokens = personParts(text.slice(span[0], span[1])).tokens;
    const token = tokens[0];
    if (tokens.length === 1 && token && !fits(token)) foreign.set(token, [...(foreign.get(token) ?? []), span]);
    else own.push(span);
  }
  if (foreign.size === 0) return [piece];
  const detached = [...foreign.values()].map((spans): Piece => ({
    ids: [], type: 'person', names: [text.slice(spans[0]?.[0] ?? 0, spans[0]?.[1] ?? 0)], mentions: spans, country: piece.country, gazetteerId: null,
  }));
  const keptNames = piece.names.filter((n) => { const t = personParts(n).tokens; return t.length !== 1 || fits(t[0] ?? ''); });
  return [{ ...piece, names: keptNames, mentions: own }, ...detached];
}

/** Mentions of the town "Mosul" that the extractor filed under "Mosul district" become their own piece. */
function splitTownFromUnit(piece: Piece, text: string): Piece[] {
  const name = piece.names[0] ?? '';
  if (piece.type !== 'place' || !ADMIN_UNIT.test(name)) return [piece];
  const town = foldName(name.replace(ADMIN_UNIT, ''));
  // "Mangistau regional Interior Ministry" still names the region.
  const townSpans = piece.mentions.filter(([a, b]) => foldName(text.slice(a, b)) === town
    && !/^\s+(?:region|regional|province|provincial|district|oblast)\b/i.test(text.slice(b, b + 14)));
  if (townSpans.length === 0 || townSpans.length === piece.mentions.length) return [piece];
  return [
    { ...piece, names: piece.names.filter((n) => foldName(n) !== town), mentions: piece.mentions.filter((s) => !townSpans.includes(s)), gazetteerId: null },
    { ids: [], type: 'place', names: [name.replace(ADMIN_UNIT, '')], mentions: townSpans, country: piece.country, gazetteerId: piece.gazetteerId },
  ];
}

/** Media pieces for citation sources the record does not list as entities. */
function citedOutlets(record: ExtractionRecord): Piece[] {
  const known = new Set(record.entities.flatMap((e) => [e.name, ...e.aliases].map(foldName)));
  const outlets = new Map<string, Piece>();
  for (const c of record.citations) {
    const key = foldName(c.source);
    if (key === '' || known.has(key)) continue;
    const at = record.document.text.indexOf(c.source, c.span[0]);
    const span: Span = at >= 0 && at < c.span[1] ? [at, at + c.source.length] : c.span;
    const piece = outlets.get(key) ?? { ids: [], type: 'media', names: [c.source], mentions: [], country: null, gazetteerId: null };
    piece.mentions.push(span);
    outlets.set(key, piece);
  }
  return [...outlets.values()];
}

/**
 * An acronym the extractor lists as an alias ("FSB" of "Russian Federal Security Service") but
 * gives no span for: its whole-word occurrences that no other mention covers become mentions.
 */
function withAcronymMentions(e: Entity, text: string, taken: readonly Span[]): Entity {
  const found: Span[] = [];
  for (const alias of e.aliases.filter(isAcronym)) {
    if (e.mentions.some(([a, b]) => text.slice(a, b) === alias)) continue;
    const re = new RegExp(`(?<![\\w.])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (const m of text.matchAll(re)) {
      const span: Span = [m.index ?? 0, (m.index ?? 0) + alias.length];
      if (!taken.some(([a, b]) => span[0] < b && a < span[1])) found.push(span);
    }
  }
  return found.length === 0 ? e : { ...e, mentions: [...e.mentions, ...found].sort((a, b) => a[0] - b[0]) };
}

/** The record's entities as pieces; generic ministries split by country, cited outlets added. */
export function piecesOf(record: ExtractionRecord): Piece[] {
  const text = record.document.text;
  const places = placeMarks(record.entities);
  const taken = record.entities.flatMap((e) => e.mentions);
  const pieces = record.entities
    .filter((e) => e.name.trim() !== '')
    .map((e) => withAcronymMentions(e, text, taken))
    .flatMap((e) => splitByCountry(e, text, places))
    .flatMap((p) => splitForeignShortMentions(p, text))
    .flatMap((p) => splitTownFromUnit(p, text));
  return [...pieces, ...citedOutlets(record)];
}
