// Within one document: joins pieces that name the same entity (same name or transliteration,
// a listed alias, an acronym the text defines, a surname-only or title-only mention) into members.

import type { ExtractionRecord } from '../model/index.ts';
import { acronymDefinitions, initialsOf, isAcronym } from './acronyms.ts';
import { knownAlias } from './alias-index.ts';
import { countryOfName, dominantCountry } from './countries.ts';
import { foldName, isTitleOnly } from './normalize.ts';
import { coreName, nameKey, personParts, typeClass } from './name-parts.ts';
import { countryNear, type PlaceMark } from './mention-context.ts';
import { piecesOf, placeMarks, type Piece } from './pieces.ts';
import type { DocumentMember } from './types.ts';

interface DocumentContext { country: string | null; places: PlaceMark[] }

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    return r;
  }
  union(a: number, b: number): void { this.parent[this.find(b)] = this.find(a); }
}

function countriesAgree(a: Piece, b: Piece): boolean {
  return !a.country || !b.country || a.country === b.country;
}

/** Keys under which two pieces of one document are the same entity. */
function pieceKeys(p: Piece): string[] {
  const keys = new Set<string>();
  for (const n of p.names) {
    keys.add(`n:${typeClass(p.type)}:${nameKey(n, p.type)}`);
    const alias = knownAlias(coreName(n, p.type));
    if (alias && p.type !== 'person') keys.add(`a:${alias.id}`);
  }
  return [...keys];
}

function joinByKeys(pieces: readonly Piece[], uf: UnionFind): void {
  const seen = new Map<string, number>();
  pieces.forEach((p, i) => {
    for (const key of pieceKeys(p)) {
      const j = seen.get(key);
      if (j === undefined) seen.set(key, i);
      else if (countriesAgree(pieces[j] as Piece, p)) uf.union(j, i);
    }
  });
}

function joinAcronyms(pieces: readonly Piece[], text: string, uf: UnionFind): void {
  const defs = acronymDefinitions(text);
  pieces.forEach((p, i) => {
    if (p.type === 'person') return;
    const short = p.names.find(isAcronym)?.replace(/\./g, '');
    if (!short) return;
    const long = defs.get(short);
    const target = long ? foldName(coreName(long, p.type)) : null;
    const hits = pieces.flatMap((q, j) => (j !== i && q.type !== 'person' && q.names.some((n) => {
      const core = coreName(n, q.type);
      return target ? foldName(core) === target || foldName(n) === foldName(long ?? '') : initialsOf(core) === short;
    }) ? [j] : []));
    if (hits.length === 1 || (target && hits.length > 0)) for (const j of hits) uf.union(j, i);
  });
}

/** Surname-only ("Nazarbayev") or given-name-only ("Sadiq") persons join the one full name that fits. */
function joinShortPersons(pieces: readonly Piece[], uf: UnionFind): void {
  const full = pieces.flatMap((p, i) => (p.type === 'person' ? p.names.map((n) => ({ i, parts: personParts(n) })) : []))
    .filter((f) => f.parts.tokens.length > 1);
  pieces.forEach((p, i) => {
    if (p.type !== 'person' || p.names.some((n) => personParts(n).tokens.length > 1)) return;
    const token = personParts(p.names[0] ?? '').tokens[0];
    if (!token) return;
    const byFamily = new Set(full.filter((f) => f.parts.family === token).map((f) => uf.find(f.i)));
    const byGiven = new Set(full.filter((f) => f.parts.given[0] === token).map((f) => uf.find(f.i)));
    const pick = byFamily.size > 0 ? byFamily : byGiven;
    if (pick.size === 1) uf.union([...pick][0] as number, i);
  });
}

/**
 * The extractor sometimes types one name as a person in some sentences and a place in others
 * ("Karim" 13 times a person, once a place): the same name joins the type with at least twice the mentions.
 */
function joinMistyped(pieces: readonly Piece[], uf: UnionFind): void {
  const byName = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    if (p.type === 'equipment') return;
    for (const n of new Set(p.names.map((x) => foldName(coreName(x, p.type))))) byName.set(n, [...(byName.get(n) ?? []), i]);
  });
  for (const idx of byName.values()) {
    const persons = idx.filter((i) => pieces[i]?.type === 'person');
    const others = idx.filter((i) => pieces[i]?.type !== 'person');
    const count = (ids: number[]) => ids.reduce((n, i) => n + (pieces[i]?.mentions.length ?? 0), 0);
    const [p, o] = [count(persons), count(others)];
    if (persons.length === 0 || others.length === 0 || (p < 2 * o && o < 2 * p)) continue;
    for (const i of [...persons.slice(1), ...others]) uf.union(persons[0] as number, i);
  }
}

/** "the President" joins the one person of the document holding that title. */
function joinTitleOnly(pieces: readonly Piece[], record: ExtractionRecord, uf: UnionFind): void {
  pieces.forEach((p, i) => {
    if (p.type !== 'person' || !p.names.every(isTitleOnly)) return;
    const title = foldName(p.names[0] ?? '');
    const holders = record.entities.filter((e) => e.type === 'person' && (e.roles ?? []).some((r) => foldName(r.title) === title));
    const idx = new Set(holders.map((h) => pieces.findIndex((q) => q.ids.includes(h.id))).filter((j) => j >= 0).map((j) => uf.find(j)));
    if (idx.size === 1) uf.union([...idx][0] as number, i);
  });
}

/** Most frequent country the context of the mentions gives, for persons and organizations. */
function contextCountry(group: Piece[], text: string, places: readonly PlaceMark[]): string | null {
  if (group.every((p) => p.type === 'place' || p.type === 'equipment')) return null;
  const votes = new Map<string, number>();
  const cores = group.flatMap((p) => p.names.map((n) => coreName(n, p.type)));
  for (const [start, end] of group.flatMap((p) => p.mentions)) {
    const surface = text.slice(start, end);
    const inner = Math.max(0, ...cores.map((c) => surface.lastIndexOf(c)));
    const c = countryNear(text, start + inner, places);
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function memberOf(group: Piece[], record: ExtractionRecord, context: DocumentContext): Omit<DocumentMember, 'key'> {
  const byMentions = [...group].sort((a, b) => b.mentions.length - a.mentions.length);
  const type = byMentions[0]?.type ?? 'organization';
  const names = [...new Set(group.flatMap((p) => p.names.map((n) => coreName(n, p.type))))];
  const fullest = [...names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0] ?? '';
  const allNames = new Set(group.flatMap((p) => p.names));
  allNames.delete(fullest);
  const country = group.find((p) => p.country)?.country
    ?? names.map((n) => knownAlias(n)?.country ?? null).find((c) => c)
    ?? contextCountry(group, record.document.text, context.places);
  return {
    document: record.document.id,
    entityIds: group.flatMap((p) => p.ids),
    type, name: fullest, aliases: [...allNames],
    mentions: group.flatMap((p) => p.mentions).sort((a, b) => a[0] - b[0]),
    country,
    documentCountry: context.country,
    gazetteerId: group.find((p) => p.gazetteerId)?.gazetteerId ?? null,
    published: record.document.published,
  };
}

/** The members of one record: its entities merged within the document. */
export function membersOf(record: ExtractionRecord): DocumentMember[] {
  const pieces = piecesOf(record);
  const uf = new UnionFind(pieces.length);
  joinByKeys(pieces, uf);
  joinAcronyms(pieces, record.document.text, uf);
  joinShortPersons(pieces, uf);
  joinTitleOnly(pieces, record, uf);
  joinMistyped(pieces, uf);
  const groups = new Map<number, Piece[]>();
  pieces.forEach((p, i) => groups.set(uf.find(i), [...(groups.get(uf.find(i)) ?? []), p]));
  const places = placeMarks(record.entities);
  const votes = places.filter((p) => !countryOfName(record.document.text.slice(p.start, p.end))).map((p) => p.country);
  const context: DocumentContext = { country: dominantCountry(record.document.text, votes), places };
  const used = new Set<string>();
  return [...groups.values()].map((g) => {
    const m = memberOf(g, record, context);
    let key = `${m.document}|${m.type}|${foldName(m.name)}`;
    for (let n = 2; used.has(key); n++) key = `${m.document}|${m.type}|${foldName(m.name)}#${n}`;
    used.add(key);
    return { key, ...m };
  });
}
