// Hash routes of the workbench: "#/?q=Humvee&eventType=transfer&offset=20" (search with facets, the home page),
// "#/documents/<id>?at=<offset>" (the reader, optionally at a mention), "#/entities?q=&type=",
// "#/entities/<id>", "#/events?type=&from=&to=&scale=" and "#/ledger?item=&status=". Parsing and
// building live together so links stay in step.

/** Facet values a search is narrowed by, as the server's /api/search takes them. */
export interface SearchFilter { types: string[]; outlets: string[]; eventTypes: string[]; entities: string[]; from: string; to: string }
export const NO_FILTER: SearchFilter = { types: [], outlets: [], eventTypes: [], entities: [], from: '', to: '' };

export type Route =
  | { name: 'search'; q: string; offset: number; filter: SearchFilter }
  | { name: 'document'; id: string; at: number | null }
  | { name: 'entities'; q: string; type: string; offset: number }
  | { name: 'entity'; id: string; offset: number }
  | { name: 'events'; type: string; from: string; to: string; scale: string; offset: number }
  | { name: 'ledger'; item: string; status: string; offset: number }
  | { name: 'graph'; entity: string; board: string; synthetic: number }
  | { name: 'map' }
  | { name: 'review' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  const params = new URLSearchParams(search);
  const offset = readOffset(params.get('offset'));
  const param = (name: string) => params.get(name) ?? '';
  if (path === '/' || path === '') return { name: 'search', q: param('q'), offset, filter: readFilter(params) };
  if (path === '/entities') return { name: 'entities', q: param('q'), type: param('type'), offset };
  if (path === '/events') return { name: 'events', type: param('type'), from: param('from'), to: param('to'), scale: param('scale'), offset };
  if (path === '/graph') return { name: 'graph', entity: param('entity'), board: param('board'), synthetic: readOffset(params.get('synthetic')) };
  if (path === '/map') return { name: 'map' };
  if (path === '/review') return { name: 'review' };
  if (path === '/ledger') return { name: 'ledger', item: param('item'), status: param('status'), offset };
  const doc = /^\/documents\/([^/]+)$/.exec(path);
  if (doc?.[1]) {
    const at = params.get('at');
    return { name: 'document', id: decodeURIComponent(doc[1]), at: at === null ? null : readOffset(at) };
  }
  const entity = /^\/entities\/([^/]+)$/.exec(path);
  if (entity?.[1]) return { name: 'entity', id: decodeURIComponent(entity[1]), offset };
  return { name: 'not-found', path };
}

function readFilter(params: URLSearchParams): SearchFilter {
  return {
    types: params.getAll('type'), outlets: params.getAll('outlet'), eventTypes: params.getAll('eventType'), entities: params.getAll('entity'),
    from: params.get('from') ?? '', to: params.get('to') ?? '',
  };
}

/** The filter as query pairs: lists repeat their name, empty values are left out. */
export function filterParams(filter: SearchFilter): [string, string][] {
  return [
    ...filter.types.map((v) => ['type', v] as [string, string]), ...filter.outlets.map((v) => ['outlet', v] as [string, string]),
    ...filter.eventTypes.map((v) => ['eventType', v] as [string, string]), ...filter.entities.map((v) => ['entity', v] as [string, string]),
    ...(filter.from ? [['from', filter.from] as [string, string]] : []), ...(filter.to ? [['to', filter.to] as [string, string]] : []),
  ];
}

function readOffset(raw: string | null): number {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

function withParams(path: string, params: Record<string, string | number>): string {
  const search = new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== '' && v !== 0).map(([k, v]) => [k, String(v)]),
  ).toString();
  return search ? `#${path}?${search}` : `#${path}`;
}

export function searchHref(q: string, offset = 0, filter: SearchFilter = NO_FILTER): string {
  const search = new URLSearchParams([...(q ? [['q', q]] : []), ...filterParams(filter), ...(offset ? [['offset', String(offset)]] : [])]).toString();
  return search ? `#/?${search}` : '#/';
}

export function documentHref(id: string, at?: number): string {
  return withParams(`/documents/${encodeURIComponent(id)}`, at === undefined ? {} : { at: String(at) });
}

export function entitiesHref(q = '', type = '', offset = 0): string {
  return withParams('/entities', { q, type, offset });
}

export function entityHref(id: string, offset = 0): string {
  return withParams(`/entities/${encodeURIComponent(id)}`, { offset });
}

export function eventsHref(filter: { type?: string; from?: string; to?: string; scale?: string }, offset = 0): string {
  return withParams('/events', { type: filter.type ?? '', from: filter.from ?? '', to: filter.to ?? '', scale: filter.scale ?? '', offset });
}

export function ledgerHref(filter: { item?: string; status?: string }, offset = 0): string {
  return withParams('/ledger', { item: filter.item ?? '', status: filter.status ?? '', offset });
}

export function graphHref(filter: { entity?: string; board?: string }): string {
  return withParams('/graph', { entity: filter.entity ?? '', board: filter.board ?? '' });
}
