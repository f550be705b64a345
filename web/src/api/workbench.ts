// API calls of the workbench views: link-chart neighbours, map places, facets, boards and the
// review log. Writes send the CSRF cookie back as X-CSRF-Token when a session has one.
import { ApiError, getJson } from './client.ts';
import type { EntitySummary, EntityType, EventType, Page, SearchHit, Span } from './types.ts';

// Mirrors of the server's payloads (src/app/workbench-*.ts, review.ts); web/ shares no code with it.
export type RelationKind = 'holds-role' | 'part-of' | 'located-in' | 'transferred-to' | 'cites' | 'co-occurs';
export interface ChartNode { id: string; type: EntityType; name: string; documentCount: number }
export interface Provenance { document: string; spans: Span[]; sources: string[]; date: string | null }
export interface ChartEdge { id: string; kind: RelationKind; from: string; to: string; label: string | null; provenance: Provenance[] }
export interface ChartGraph { nodes: ChartNode[]; edges: ChartEdge[] }
export interface MapPlace {
  id: string; name: string; lat: number; lon: number; country: string | null;
  documents: { id: string; title: string | null }[];
  events: { id: string; type: EventType; date: string | null; summary: string; documentId: string }[];
}
export interface DocumentFacets {
  id: string; title: string | null; publication: string | null; published: string | null;
  entityTypes: EntityType[]; entities: { id: string; name: string; type: EntityType }[]; eventTypes: EventType[];
}
export interface Facets {
  documents: DocumentFacets[];
  counts: { outlet: Record<string, number>; type: Record<string, number>; eventType: Record<string, number>; entity: Record<string, number> };
}
/** /api/search?facets=1: counts over every kept match, up to `cap` best-ranked ones. */
export interface FacetSummary {
  counts: { outlet: Record<string, number>; type: Record<string, number>; eventType: Record<string, number>; published: Record<string, number> };
  entities: { id: string; name: string; type: EntityType; count: number }[];
  undated: number; counted: number; capped: boolean; cap: number;
}
export type FacetedSearch = Page<SearchHit> & { query: string; facets: FacetSummary };
export interface CorrectionRow { id: number; op: 'accept' | 'reject' | 'rename' | 'merge'; entityId: string; value: string | null; createdAt: string }
export interface ReviewItem {
  entity: string; type: EntityType; name: string; confidence: number; documentId: string; documentTitle: string | null;
  context: { before: string; text: string; after: string; start: number };
}
export interface BoardInfo { id: string; name: string; updatedAt: string }
export interface SavedBoard<T> extends BoardInfo { board: T }

function csrfToken(): string | null {
  const m = /(?:^|;\s*)(?:__Host-)?lantern_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

async function send<T>(method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T | null> {
  const token = csrfToken();
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status === 204) return null;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (data as { error?: { code: string; message: string } } | null)?.error;
    throw new ApiError(res.status, error?.code ?? 'internal', error?.message ?? `Request failed (${res.status})`);
  }
  return data as T;
}

const qs = (params: Record<string, string>) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();

export const workbench = {
  neighbors: (entity: string, filter: { from?: string; to?: string; kinds?: string[] } = {}, signal?: AbortSignal) =>
    getJson<ChartGraph>(`/api/graph/neighbors?${qs({ entity, from: filter.from ?? '', to: filter.to ?? '', kinds: (filter.kinds ?? []).join(',') })}`, signal),
  places: (signal?: AbortSignal) => getJson<{ items: MapPlace[] }>('/api/graph/places', signal),
  search: (q: string, filter: [string, string][], limit: number, offset: number, signal?: AbortSignal) =>
    getJson<FacetedSearch>(`/api/search?${new URLSearchParams([['q', q], ...filter, ['facets', '1'], ['limit', String(limit)], ['offset', String(offset)]]).toString()}`, signal),
  facets: (q: string, signal?: AbortSignal, entity?: string) => getJson<Facets>(`/api/facets?${qs({ q, entity: entity ?? '' })}`, signal),
  boards: (signal?: AbortSignal) => getJson<{ items: BoardInfo[] }>('/api/boards', signal),
  board: <T>(id: string, signal?: AbortSignal) => getJson<SavedBoard<T>>(`/api/boards/${encodeURIComponent(id)}`, signal),
  saveBoard: <T>(id: string, name: string, board: T) => send<SavedBoard<T>>('PUT', `/api/boards/${encodeURIComponent(id)}`, { name, board }),
  deleteBoard: (id: string) => send<null>('DELETE', `/api/boards/${encodeURIComponent(id)}`),
  queue: (limit: number, signal?: AbortSignal) => getJson<{ items: ReviewItem[] }>(`/api/corrections/queue?limit=${limit}`, signal),
  corrections: (signal?: AbortSignal) => getJson<{ items: CorrectionRow[] }>('/api/corrections', signal),
  correct: (op: 'accept' | 'reject' | 'rename' | 'merge', entity: string, value?: string) =>
    send<CorrectionRow>('POST', '/api/corrections', { op, entity, ...(value ? { value } : {}) }),
  correctedEntities: (filter: { q: string; type: string }, limit: number, offset: number, signal?: AbortSignal) =>
    getJson<Page<EntitySummary>>(`/api/corrections/entities?${qs({ ...filter, limit: String(limit), offset: String(offset) })}`, signal),
};
