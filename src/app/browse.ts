// App: the read-side use-cases the CLI and scripts share: search, document and entity listings.
// Thin on purpose: the Store does the work; these name the operations and check user input.

import { ValidationError } from '../model/index.ts';
import type { DocumentSummary, EntitySummary, EntityType, Page, PageRequest, SearchHit, Store } from '../model/index.ts';

/** Full-text search; snippets mark matches with « ». @throws ValidationError on an empty query */
export async function searchDocuments(store: Store, query: string, page?: PageRequest): Promise<Page<SearchHit>> {
  if (query.trim() === '') throw new ValidationError('the search query is empty');
  return store.search(query, page);
}

export async function listDocuments(store: Store, page?: PageRequest): Promise<Page<DocumentSummary>> {
  return store.listDocuments(page);
}

/** Canonical entities, optionally those whose name or alias contains `q`. */
export async function findEntities(store: Store, filter: { q?: string; type?: EntityType } & PageRequest = {}): Promise<Page<EntitySummary>> {
  return store.listEntities(filter);
}
