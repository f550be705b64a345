// App: facets for search and the map. Per document: outlet, date, entity types, the entities and
// event types it holds; faceted search (counts and filters over the whole result set, bounded);
// geocoded places with their documents and events.

import { ValidationError } from '../model/index.ts';
import type { EntityType, EventType, ExtractionRecord, Page, PageRequest, SearchHit, Store } from '../model/index.ts';
import { corpusSnapshot } from './corpus-snapshot.ts';
import { entityIds, type EntityIdOf } from './entity-ids.ts';
import type { CorrectionView } from './review.ts';

export interface DocumentFacets {
  id: string;
  title: string | null;
  publication: string | null;
  published: string | null;
  entityTypes: EntityType[];
  entities: { id: string; name: string; type: EntityType }[];
  eventTypes: EventType[];
}

export interface Facets {
  documents: DocumentFacets[];
  counts: { outlet: Record<string, number>; type: Record<string, number>; eventType: Record<string, number>; entity: Record<string, number> };
}

function facetsOf(r: ExtractionRecord, idOf: EntityIdOf): DocumentFacets {
  const entities = new Map<string, { id: string; name: string; type: EntityType }>();
  for (const e of r.entities) {
    const shown = idOf(r.document.id, e);
    if (shown !== null && !entities.has(shown.id)) entities.set(shown.id, { ...shown, type: e.type });
  }
  const list = [...entities.values()];
  return {
    id: r.document.id, title: r.document.title, publication: r.document.publication, published: r.document.published,
    entityTypes: [...new Set(list.map((e) => e.type))], entities: list, eventTypes: [...new Set(r.events.map((e) => e.type))],
  };
}

const bump = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };
const UNKNOWN_OUTLET = 'Unknown outlet';
// Prototype-free, so a value such as "constructor" counts from zero.
const tally = (): Record<string, number> => Object.create(null) as Record<string, number>;

/** Facets of the given documents (all stored ones when `ids` is undefined), or of those naming `entity`. */
export async function documentFacets(store: Store, view: CorrectionView, ids?: readonly string[], entity?: string): Promise<Facets> {
  const [{ records }, idOf] = await Promise.all([corpusSnapshot(store), entityIds(store, view)]);
  const wanted = ids ? new Set(ids) : null;
  const documents = records.filter((r) => !wanted || wanted.has(r.document.id)).map((r) => facetsOf(r, idOf))
    .filter((d) => entity === undefined || d.entities.some((e) => e.id === entity));
  const counts: Facets['counts'] = { outlet: tally(), type: tally(), eventType: tally(), entity: tally() };
  for (const d of documents) {
    bump(counts.outlet, d.publication ?? UNKNOWN_OUTLET);
    d.entityTypes.forEach((t) => bump(counts.type, t));
    d.eventTypes.forEach((t) => bump(counts.eventType, t));
    d.entities.forEach((e) => bump(counts.entity, e.id));
  }
  return { documents, counts };
}

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  documents: { id: string; title: string | null }[];
  events: { id: string; type: EventType; date: string | null; summary: string; documentId: string }[];
}

/** Geocoded places of the corpus, each with the documents naming it and the events set there. */
export async function mapPlaces(store: Store, view: CorrectionView): Promise<MapPlace[]> {
  const [{ records }, idOf] = await Promise.all([corpusSnapshot(store), entityIds(store, view)]);
  const places = new Map<string, MapPlace>();
  for (const r of records) {
    const local = new Map<string, string>();
    for (const e of r.entities) {
      if (e.type !== 'place' || typeof e.lat !== 'number' || typeof e.lon !== 'number') continue;
      const shown = idOf(r.document.id, e);
      if (shown === null) continue;
      const { id, name } = shown;
      local.set(e.id, id);
      const p = places.get(id) ?? { id, name, lat: e.lat, lon: e.lon, country: e.country ?? null, documents: [], events: [] };
      if (!p.documents.some((d) => d.id === r.document.id)) p.documents.push({ id: r.document.id, title: r.document.title });
      places.set(id, p);
    }
    for (const ev of r.events) {
      const p = ev.place ? places.get(local.get(ev.place) ?? '') : undefined;
      p?.events.push({ id: `${r.document.id}/${ev.id}`, type: ev.type, date: ev.date, summary: ev.summary, documentId: r.document.id });
    }
  }
  return [...places.values()];
}

/** Facet values a search is narrowed by; a document must have every value given (one of `outlets`). */
export interface FacetFilter {
  types?: readonly EntityType[];
  outlets?: readonly string[];
  eventTypes?: readonly EventType[];
  entities?: readonly string[];
  /** ISO date prefixes over the published date, overlap semantics as in EventFilter. */
  from?: string;
  to?: string;
}

/** Facet counts over the documents a faceted search kept, and how much of the result set they cover. */
export interface FacetSummary {
  counts: { outlet: Record<string, number>; type: Record<string, number>; eventType: Record<string, number>; published: Record<string, number> };
  /** The most frequent entities, most documents first. */
  entities: { id: string; name: string; type: EntityType; count: number }[];
  /** Kept documents without a published date. */
  undated: number;
  /** Documents the counts cover: the best `cap` matches at most. */
  counted: number;
  /** True when the query matched more documents than the counts (and a facet filter) cover. */
  capped: boolean;
  cap: number;
}

export type FacetedSearch = Page<SearchHit> & { facets: FacetSummary };

/** Matches read for counting and filtering; past this the counts cover the best-ranked ones only. */
export const FACET_MATCH_CAP = 2000;
const ENTITY_FACETS = 30;
const READ_PAGE = 500;

export function isFacetFilterEmpty(f: FacetFilter): boolean {
  return !f.types?.length && !f.outlets?.length && !f.eventTypes?.length && !f.entities?.length && !f.from && !f.to;
}

/** Whether a document has every facet value of the filter (and one of its outlets). */
export function matchesFacets(d: DocumentFacets, f: FacetFilter): boolean {
  const date = d.published ?? '';
  return (f.types ?? []).every((t) => d.entityTypes.includes(t))
    && (!f.outlets?.length || f.outlets.includes(d.publication ?? UNKNOWN_OUTLET))
    && (f.eventTypes ?? []).every((t) => d.eventTypes.includes(t))
    && (f.entities ?? []).every((id) => d.entities.some((e) => e.id === id))
    && (!f.from || (date !== '' && date.slice(0, f.from.length) >= f.from.slice(0, date.length)))
    && (!f.to || (date !== '' && date.slice(0, f.to.length) <= f.to.slice(0, date.length)));
}

async function bestMatches(store: Store, query: string): Promise<{ hits: SearchHit[]; total: number; estimate: boolean }> {
  const hits: SearchHit[] = [];
  let total = 0;
  let estimate = false;
  while (hits.length < FACET_MATCH_CAP) {
    const page = await store.search(query, { limit: Math.min(READ_PAGE, FACET_MATCH_CAP - hits.length), offset: hits.length });
    total = page.total;
    estimate = page.totalIsEstimate === true;
    hits.push(...page.items);
    if (page.items.length === 0 || (hits.length >= total && !estimate)) break;
  }
  return { hits, total, estimate };
}

function summarise(documents: DocumentFacets[], capped: boolean): FacetSummary {
  const counts: FacetSummary['counts'] = { outlet: tally(), type: tally(), eventType: tally(), published: tally() };
  const entities = new Map<string, FacetSummary['entities'][number]>();
  let undated = 0;
  for (const d of documents) {
    bump(counts.outlet, d.publication ?? UNKNOWN_OUTLET);
    d.entityTypes.forEach((t) => bump(counts.type, t));
    d.eventTypes.forEach((t) => bump(counts.eventType, t));
    if (d.published) bump(counts.published, d.published.slice(0, 7)); else undated++;
    for (const e of d.entities) {
      const seen = entities.get(e.id) ?? { ...e, count: 0 };
      seen.count++;
      entities.set(e.id, seen);
    }
  }
  const top = [...entities.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, ENTITY_FACETS);
  return { counts, entities: top, undated, counted: documents.length, capped, cap: FACET_MATCH_CAP };
}

/**
 * Full-text search narrowed by facets, with facet counts over every kept match (up to
 * FACET_MATCH_CAP best-ranked ones). Without a filter the page and total are the store's own.
 * @throws ValidationError on an empty query
 */
export async function facetedSearch(store: Store, view: CorrectionView, query: string, filter: FacetFilter, page: Required<PageRequest>): Promise<FacetedSearch> {
  if (query.trim() === '') throw new ValidationError('the search query is empty');
  const [{ hits, total, estimate }, { records }, idOf] = await Promise.all([bestMatches(store, query), corpusSnapshot(store), entityIds(store, view)]);
  const byId = new Map(records.map((r) => [r.document.id, r]));
  const facetsById = new Map<string, DocumentFacets>();
  for (const h of hits) {
    const r = byId.get(h.documentId);
    if (r) facetsById.set(h.documentId, facetsOf(r, idOf));
  }
  // A store that stops counting early (SQLite past its ranking pool) flags its total as an estimate.
  const capped = estimate || total > hits.length;
  if (isFacetFilterEmpty(filter)) {
    const shown = await store.search(query, page);
    return { ...shown, facets: summarise([...facetsById.values()], capped) };
  }
  const kept = hits.filter((h) => { const d = facetsById.get(h.documentId); return d !== undefined && matchesFacets(d, filter); });
  const facets = summarise(kept.map((h) => facetsById.get(h.documentId) as DocumentFacets), capped);
  return { items: kept.slice(page.offset, page.offset + page.limit), total: kept.length, limit: page.limit, offset: page.offset, facets };
}
