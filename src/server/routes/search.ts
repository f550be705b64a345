// /api/search: full-text search over documents, with « »-marked snippets, paged. Facet parameters
// narrow the matches server-side (paging stays within them); facets=1 adds counts over all matches.
import { Hono } from 'hono';
import { correctionView, searchDocuments, type CorrectionRow } from '../../app/index.ts';
import { facetedSearch, isFacetFilterEmpty, type FacetFilter } from '../../app/workbench-facets.ts';
import { EVENT_TYPES, type EntityType, type EventType, type Store } from '../../model/index.ts';
import { listEntityTypes, readChoice, readDatePrefix, readPage, readText } from '../query-params.ts';

/** Where the analysts' corrections come from; without one, facets show entities as extracted. */
export interface CorrectionSource {
  listCorrections(): readonly CorrectionRow[] | Promise<readonly CorrectionRow[]>;
}

type Queries = (name: string) => string[] | undefined;

function readFacetFilter(one: (name: string) => string | undefined, many: Queries): FacetFilter {
  const list = (name: string) => (many(name) ?? []).map((v) => readText(v, name, true) ?? '');
  const filter: FacetFilter = {
    types: list('type').map((t) => readChoice<EntityType>(t, 'type', listEntityTypes()) as EntityType),
    outlets: list('outlet'),
    eventTypes: list('eventType').map((t) => readChoice<EventType>(t, 'eventType', EVENT_TYPES) as EventType),
    entities: list('entity'),
  };
  const from = readDatePrefix(one('from'), 'from');
  const to = readDatePrefix(one('to'), 'to');
  return { ...filter, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function searchRoutes(store: Store, corrections?: CorrectionSource): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const one = (name: string) => c.req.query(name);
    const q = readText(one('q'), 'q', true) ?? '';
    const page = readPage(one);
    const filter = readFacetFilter(one, (name) => c.req.queries(name));
    const wantFacets = readChoice(one('facets'), 'facets', ['0', '1']) === '1';
    if (!wantFacets && isFacetFilterEmpty(filter)) return c.json({ query: q, ...(await searchDocuments(store, q, page)) });
    const view = correctionView(corrections ? await corrections.listCorrections() : []);
    const result = await facetedSearch(store, view, q, filter, page);
    return c.json(wantFacets ? { query: q, ...result } : { query: q, items: result.items, total: result.total, limit: result.limit, offset: result.offset });
  });

  return routes;
}
