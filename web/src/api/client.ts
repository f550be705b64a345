// Fetches JSON from Lantern's API; failures become ApiError with the server's code and message.
import type {
  ApiErrorBody, DocumentSummary, DocumentWithRecord, EntitySummary, EventRow, MentionInContext, Page, SearchHit, TransferRow,
} from './types.ts';
import { notifyUnauthorized } from '../auth/session.ts';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network', 'The Lantern server cannot be reached.');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    if (res.status === 401) notifyUnauthorized(); // the login page takes over
    const error = (body as ApiErrorBody | null)?.error;
    throw new ApiError(res.status, error?.code ?? 'internal', error?.message ?? `Request failed (${res.status})`);
  }
  return body as T;
}

const query = (params: Record<string, string | number>) => new URLSearchParams(
  Object.entries(params).map(([k, v]) => [k, String(v)]),
).toString();

export const api = {
  documents: (limit: number, offset: number, signal?: AbortSignal) =>
    getJson<Page<DocumentSummary>>(`/api/documents?${query({ limit, offset })}`, signal),
  document: (id: string, signal?: AbortSignal) =>
    getJson<DocumentWithRecord>(`/api/documents/${encodeURIComponent(id)}`, signal),
  search: (q: string, limit: number, offset: number, signal?: AbortSignal) =>
    getJson<Page<SearchHit> & { query: string }>(`/api/search?${query({ q, limit, offset })}`, signal),
  entities: (filter: { q: string; type: string }, limit: number, offset: number, signal?: AbortSignal) =>
    getJson<Page<EntitySummary>>(`/api/entities?${query({ ...dropEmpty(filter), limit, offset })}`, signal),
  entity: (id: string, limit: number, offset: number, signal?: AbortSignal) =>
    getJson<{ entity: EntitySummary; mentions: Page<MentionInContext> }>(`/api/entities/${encodeURIComponent(id)}?${query({ limit, offset })}`, signal),
  events: (filter: { type: string; from: string; to: string }, limit: number, offset: number, signal?: AbortSignal) =>
    getJson<Page<EventRow>>(`/api/events?${query({ ...dropEmpty(filter), limit, offset })}`, signal),
  transfers: (filter: { item: string; status: string }, limit: number, offset: number, signal?: AbortSignal) =>
    getJson<Page<TransferRow>>(`/api/transfers?${query({ ...dropEmpty(filter), limit, offset })}`, signal),
};

function dropEmpty(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));
}
