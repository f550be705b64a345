// The Store contract. SQLite (src/store/sqlite) and PostgreSQL (src/store/postgres) both fulfil it
// and both run test/store-contract.ts. Every method is async so a network store fits the same shape.

import type { DocumentInput, DocumentSummary, StoredDocument } from './document.ts';
import type { EntityType, EventType, ExtractionRecord, Span, TransferItem, TransferStatus } from './extraction.ts';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Set on search pages whose total was not counted to the end: at least `total` ("1,000+") or the planner's estimate. */
  totalIsEstimate?: boolean;
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

/** A document with its extraction record, as saved together. */
export interface SaveItem {
  doc: DocumentInput;
  record: ExtractionRecord;
}

/** A pointer from an event or transfer to a canonical entity (ids as in EntitySummary). */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  /** The resolved entity this party belongs to (id and canonical name), once resolution has run. */
  cluster?: ResolvedCluster;
}

/** An event as stored: the record's event with its entities resolved to canonical ids. */
export interface EventRow {
  /** `<documentId>/<record event id>` */
  id: string;
  documentId: string;
  type: EventType;
  cameo: string | null;
  date: string | null;
  place: EntityRef | null;
  actors: EntityRef[];
  targets: EntityRef[];
  quantity: number | null;
  summary: string;
  span: Span;
  /** The text of `span` in the document. */
  text: string;
  /** Sources of the citations the event rests on ("Interfax"). */
  sources: string[];
}

/** A transfer as stored: the ledger's raw material. */
export interface TransferRow {
  /** `<documentId>/<record transfer id or t<index>>` */
  id: string;
  documentId: string;
  supplier: EntityRef | null;
  recipient: EntityRef | null;
  items: TransferItem[];
  value: { value: number; currency: string } | null;
  status: TransferStatus;
  date: string | null;
  place: EntityRef | null;
  span: Span;
  text: string;
  sources: string[];
}

/**
 * Dates in filters are ISO prefixes ("2006", "2006-10", "2006-10-10"); a row matches when its own
 * (possibly partial) date overlaps [from, to]. Rows without a known date never match a date filter.
 */
export interface EventFilter extends PageRequest {
  type?: EventType;
  from?: string;
  to?: string;
  /** Canonical entity id appearing as actor, target or place. */
  entity?: string;
  documentId?: string;
}

export interface TransferFilter extends PageRequest {
  /** Canonical entity ids. */
  supplier?: string;
  recipient?: string;
  /** Case-insensitive substring of an item name ("Humvee"). */
  item?: string;
  status?: TransferStatus;
  documentId?: string;
}

/** A resolved cluster as the store serves it: canonical name and type after corrections. */
export interface ResolvedCluster {
  id: string;
  type: EntityType;
  name: string;
}

/** One record entity's cluster; null when an analyst rejected it (the entity is then not served). */
export interface ClusterAssignment {
  documentId: string;
  localId: string;
  clusterId: string | null;
}

/** The resolver's state in pieces (opaque JSON), so a change rewrites only what it touched. */
export interface ResolutionState {
  /** Small shared part (counters, corrections); null before the first save. */
  state: string | null;
  /** Keyed parts (one per document, one per cluster), in the order first written. */
  parts?: { key: string; json: string }[];
  version: number;
}

/** One change of the cross-document resolution and of the resolver state behind it. */
export interface ResolutionUpdate {
  /** The small shared part of the state. */
  state: string;
  /**
   * Parts to write; a null json removes the part. Optional only so older callers compile: a store
   * must keep them (the contract suite checks), or the resolver loses documents on reload.
   */
  parts?: { key: string; json: string | null }[];
  clusters: ResolvedCluster[];
  removedClusters: string[];
  /** Documents whose assignments are replaced wholesale by the ones given here. */
  documents: string[];
  assignments: ClusterAssignment[];
}

export interface Store {
  /**
   * Saves a document and its extraction record in one transaction. Same id and same content hash:
   * 'unchanged' and nothing is written. A document whose content hash is already stored under
   * another id is also 'unchanged'.
   */
  saveDocument(doc: DocumentInput, record: ExtractionRecord): Promise<SaveOutcome>;
  /**
   * Saves documents in order in one transaction, with the outcomes saveDocument would give one by
   * one (a later copy of an earlier item's content is 'unchanged'). Bulk ingest uses it so commit
   * and full-text flush costs are paid once per batch; if any item fails, none is saved.
   */
  saveDocuments?(items: readonly SaveItem[]): Promise<SaveOutcome[]>;
  hasContent(contentHash: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getRecord(documentId: string): Promise<ExtractionRecord | null>;
  listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>>;
  search(query: string, page?: PageRequest): Promise<Page<SearchHit>>;
  listEntities(filter?: { q?: string; type?: EntityType } & PageRequest): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntitySummary | null>;
  listMentions(entityId: string, page?: PageRequest): Promise<Page<MentionRow>>;
  listEvents(filter?: EventFilter): Promise<Page<EventRow>>;
  listTransfers(filter?: TransferFilter): Promise<Page<TransferRow>>;
  /** The saved resolver state and its version (version 0, no parts, before the first save). */
  loadResolution(): Promise<ResolutionState>;
  resolutionVersion(): Promise<number>;
  /**
   * Writes a resolution change if the stored version is still `expectedVersion`; returns the new
   * version, or null when another writer saved first (the caller reloads and retries).
   */
  saveResolution(update: ResolutionUpdate, expectedVersion: number): Promise<number | null>;
  /**
   * Ids of stored documents whose current version no saved resolution covers (new, or saved again
   * with a changed record since), in id order after `after`: what the entity graph still lacks.
   */
  unresolvedDocuments(after: string | null, limit: number): Promise<string[]>;
  /** Removes a document and everything extracted from it; false when there was none. */
  deleteDocument(id: string): Promise<boolean>;
  close(): Promise<void>;
}
