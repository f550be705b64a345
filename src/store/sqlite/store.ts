// SQLite store: the Store contract on better-sqlite3 (WAL, foreign keys, FTS5 with bm25 ranking).
// Each document's writes run in one transaction, so a reader never sees half a document.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LanternError, ValidationError } from '../../model/index.ts';
import type {
  DocumentInput, DocumentSummary, EntitySummary, EntityType, EventFilter, EventRow, ExtractionRecord, MentionRow,
  Page, PageRequest, ResolutionState, ResolutionUpdate, SaveItem, SaveOutcome, SearchHit, Store, StoredDocument, TransferFilter, TransferRow,
} from '../../model/index.ts';
import { listEvents, listTransfers } from './ledger-queries.ts';
import { migrate } from './migrations.ts';
import { pageBounds } from './paging.ts';
import {
  getResolvedEntity, listResolvedEntities, listResolvedMentions, loadResolution, resolutionVersion, saveResolution, unresolvedDocuments,
} from './resolution-queries.ts';
import { searchDocuments } from './search-query.ts';
import { Statements } from './statements.ts';
import { removeDocument, writeDocument } from './write-document.ts';

interface DocumentRow {
  id: string; source: string; format: string; title: string | null; publication: string | null;
  volume: number | null; issue: number | null; published: string | null; url: string | null;
  text: string; content_hash: string; ingested_at: string;
}

function toStored(r: DocumentRow): StoredDocument {
  return {
    id: r.id, source: r.source, format: r.format, title: r.title, publication: r.publication, volume: r.volume,
    issue: r.issue, published: r.published, url: r.url, text: r.text, contentHash: r.content_hash, ingestedAt: r.ingested_at,
  };
}

function checkRecord(doc: DocumentInput, record: ExtractionRecord): void {
  if (record.document.id !== doc.id) {
    throw new ValidationError(`record is for document ${record.document.id}, not ${doc.id}`);
  }
  if (record.document.text !== doc.text) {
    throw new ValidationError(`record text of ${doc.id} differs from the document text its spans point into`);
  }
}

/** Opens and migrates the file; a path that cannot hold a database is the user's to fix. */
function openDatabase(path: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (cause) {
    db?.close();
    throw new LanternError('store_query', `cannot open the database ${path}: ${(cause as Error).message}`, { cause });
  }
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly sql: Statements;

  /** Opens (creating if needed) the database at `path`; ":memory:" for a throwaway store. */
  constructor(path: string) {
    this.db = openDatabase(path);
    this.sql = new Statements(this.db);
  }

  async saveDocument(doc: DocumentInput, record: ExtractionRecord): Promise<SaveOutcome> {
    checkRecord(doc, record);
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
    return this.db.transaction(() => this.write(doc, record, new Date().toISOString())).immediate();
  }

  async saveDocuments(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    for (const { doc, record } of items) checkRecord(doc, record);
    const ingestedAt = new Date().toISOString();
    return this.db.transaction(() => items.map(({ doc, record }) => this.write(doc, record, ingestedAt))).immediate();
  }

  /** One document's writes; the caller holds the transaction. */
  private write(doc: DocumentInput, record: ExtractionRecord, ingestedAt: string): SaveOutcome {
    const existing = this.sql.get<{ content_hash: string }>('SELECT content_hash FROM documents WHERE id = ?', doc.id);
    if (existing?.content_hash === doc.contentHash) return 'unchanged';
    if (!existing && this.sql.get('SELECT 1 FROM documents WHERE content_hash = ?', doc.contentHash)) return 'unchanged';
    if (existing) removeDocument(this.sql, doc.id);
    writeDocument(this.sql, doc, record, ingestedAt);
    return existing ? 'updated' : 'created';
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return this.sql.get('SELECT 1 FROM documents WHERE content_hash = ?', contentHash) !== undefined;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.sql.get<DocumentRow>('SELECT * FROM documents WHERE id = ?', id);
    return row ? toStored(row) : null;
  }

  async getRecord(documentId: string): Promise<ExtractionRecord | null> {
    const row = this.sql.get<{ json: string }>('SELECT json FROM records WHERE document_id = ?', documentId);
    return row ? (JSON.parse(row.json) as ExtractionRecord) : null;
  }

  async listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>> {
    const { limit, offset } = pageBounds(page);
    const total = this.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM documents')?.n ?? 0;
    const rows = this.sql.all<DocumentSummary>(
      `SELECT d.id, d.title, d.publication, d.published, d.source, d.ingested_at AS ingestedAt,
              (SELECT COUNT(*) FROM entities e WHERE e.document_id = d.id) AS entityCount
       FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ? OFFSET ?`,
      limit, offset,
    );
    return { items: rows, total, limit, offset };
  }

  async search(query: string, page?: PageRequest): Promise<Page<SearchHit>> {
    return searchDocuments(this.sql, query, page);
  }

  async listEntities(filter?: { q?: string; type?: EntityType } & PageRequest): Promise<Page<EntitySummary>> {
    return listResolvedEntities(this.sql, filter);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    return getResolvedEntity(this.sql, id);
  }

  async listMentions(entityId: string, page?: PageRequest): Promise<Page<MentionRow>> {
    return listResolvedMentions(this.sql, entityId, page);
  }

  async listEvents(filter?: EventFilter): Promise<Page<EventRow>> {
    return listEvents(this.sql, filter);
  }

  async listTransfers(filter?: TransferFilter): Promise<Page<TransferRow>> {
    return listTransfers(this.sql, filter);
  }

  async loadResolution(): Promise<ResolutionState> {
    return loadResolution(this.sql);
  }

  async resolutionVersion(): Promise<number> {
    return resolutionVersion(this.sql);
  }

  async unresolvedDocuments(after: string | null, limit: number): Promise<string[]> {
    return unresolvedDocuments(this.sql, after, limit);
  }

  async saveResolution(update: ResolutionUpdate, expectedVersion: number): Promise<number | null> {
    return this.db.transaction(() => saveResolution(this.sql, update, expectedVersion)).immediate();
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.db.transaction(() => removeDocument(this.sql, id)).immediate();
  }

  /** Runs SQLite's own consistency check; "ok" when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
