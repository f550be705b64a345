// The Store contract. SQLite (src/store/sqlite) and PostgreSQL (src/store/postgres) both fulfil it
// and both run test/store-contract.ts. Every method is async so a network store fits the same shape.

import type { DocumentInput, DocumentSummary, StoredDocument } from './document.ts';
import type { EntityType, ExtractionRecord, Span } from './extraction.ts';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  documentId: string;
  title: string | null;
  publication: string | null;
  published: string | null;
  /** Text around the match, with matches wrapped in « and ». */
  snippet: string;
  score: number;
}

/** A canonical entity across documents (the store's view; resolution refines it). */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  documentCount: number;
  mentionCount: number;
}

export interface MentionRow {
  entityId: string;
  documentId: string;
  span: Span;
  text: string;
}

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export interface Store {
  /**
   * Saves a document and its extraction record in one transaction. Same id and same content hash:
   * 'unchanged' and nothing is written. A document whose content hash is already stored under
   * another id is also 'unchanged'.
   */
  saveDocument(doc: DocumentInput, record: ExtractionRecord): Promise<SaveOutcome>;
  hasContent(contentHash: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getRecord(documentId: string): Promise<ExtractionRecord | null>;
  listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>>;
  search(query: string, page?: PageRequest): Promise<Page<SearchHit>>;
  listEntities(filter?: { q?: string; type?: EntityType } & PageRequest): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntitySummary | null>;
  listMentions(entityId: string, page?: PageRequest): Promise<Page<MentionRow>>;
  close(): Promise<void>;
}
