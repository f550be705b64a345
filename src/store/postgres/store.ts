// PostgreSQL store: the Store contract on node-postgres. The constructor is synchronous and opens
// nothing; the pool connects and migrates on first use. Each document's writes run in one
// transaction under advisory locks on its id and content hash, so concurrent workers never store
// the same document twice.

import pg from 'pg';
import type { PoolClient } from 'pg';
import { LanternError, ValidationError } from '../../model/index.ts';
import type {
  DocumentInput, DocumentSummary, EntitySummary, EntityType, EventFilter, EventRow, ExtractionRecord, MentionRow,
  Page, PageRequest, ResolutionUpdate, SaveItem, SaveOutcome, SearchHit, Store, StoredDocument, TransferFilter, TransferRow,
} from '../../model/index.ts';
import { getEntity, listEntities, listMentions } from './entity-queries.ts';
import { listEvents, listTransfers } from './ledger-queries.ts';
import { createSchema, migrate } from './migrations.ts';
import { pageBounds } from './paging.ts';
import { loadResolution, resolutionVersion, saveResolution, unresolvedDocuments } from './resolution-queries.ts';
import type { StatePart } from './resolution-queries.ts';
import { searchDocuments } from './search-query.ts';
import { Sql } from './statements.ts';
import { removeDocument, writeDocument } from './write-document.ts';

export interface PostgresOptions {
  url: string;
  /** A schema to work in (created if missing); tests use one per case. Default: the URL's search_path. */
  schema?: string;
  /** Pool size; a worker needs about one connection per concurrent job. */
  maxConnections?: number;
  /**
   * false: commits return before the WAL reaches disk. A server crash can then lose the last
   * commits, but a queue worker's save and its job's completion are lost together (WAL order),
   * so the job runs again: no document is lost. Default true.
   */
  synchronousCommit?: boolean;
}

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
  if (record.document.id !== doc.id) throw new ValidationError(`record is for document ${record.document.id}, not ${doc.id}`);
  if (record.document.text !== doc.text) {
    throw new ValidationError(`record text of ${doc.id} differs from the document text its spans point into`);
  }
}

/** Server settings sent at connect; an explicit `options` replaces the URL's, so both are merged. */
function startupOptions(options: PostgresOptions): { options?: string } {
  let fromUrl = '';
  try {
    fromUrl = new URL(options.url).searchParams.get('options') ?? '';
  } catch {
    // Not a URL (a libpq keyword string): it keeps its own options.
  }
  const merged = [
    fromUrl,
    options.schema ? `-c search_path=${options.schema}` : '',
    options.synchronousCommit === false ? '-c synchronous_commit=off' : '',
  ].filter(Boolean).join(' ');
  return merged ? { options: merged } : {};
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

/** One document's writes inside the caller's transaction, which holds its id and content locks. */
async function saveOne(sql: Sql, doc: DocumentInput, record: ExtractionRecord, ingestedAt: string): Promise<SaveOutcome> {
  const existing = await sql.get<{ content_hash: string }>('SELECT content_hash FROM documents WHERE id = $1', doc.id);
  if (existing?.content_hash === doc.contentHash) return 'unchanged';
  if (!existing && (await sql.get('SELECT 1 FROM documents WHERE content_hash = $1 LIMIT 1', doc.contentHash))) return 'unchanged';
  if (existing) await removeDocument(sql, doc.id);
  await writeDocument(sql, doc, record, ingestedAt);
  return existing ? 'updated' : 'created';
}

export class PostgresStore implements Store {
  readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;
  private readonly sql: Sql;

  constructor(readonly options: PostgresOptions) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new ValidationError(`not a plain schema name: ${options.schema}`);
    }
    this.pool = new pg.Pool({
      connectionString: options.url, max: options.maxConnections ?? 4,
      ...startupOptions(options),
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on('error', () => undefined);
    this.sql = new Sql({ query: (text, params) => this.query(text, params) });
  }

  /** Connects and migrates once; every query waits for it. */
  private init(): Promise<void> {
    this.ready ??= (async () => {
      let client: PoolClient | undefined;
      try {
        client = await this.pool.connect();
        if (this.options.schema) await createSchema(client, this.options.schema);
        await migrate(client);
      } catch (cause) {
        this.ready = null;
        throw new LanternError('store_query', `cannot open the PostgreSQL database: ${(cause as Error).message}`, { cause });
      } finally {
        client?.release();
      }
    })();
    return this.ready;
  }

  private async query<R extends pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    await this.init();
    return this.pool.query<R>(text, params);
  }

  /** Runs `work` in a transaction on one connection; rolls back on any error. */
  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    await this.init();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new Sql(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async saveDocument(doc: DocumentInput, record: ExtractionRecord): Promise<SaveOutcome> {
    return (await this.saveDocuments([{ doc, record }]))[0] ?? 'unchanged';
  }

  async saveDocuments(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    for (const { doc, record } of items) checkRecord(doc, record);
    if (items.length === 0) return [];
    const ingestedAt = new Date().toISOString();
    return this.transaction(async (sql) => {
      // Locks taken in a fixed order: two savers of one id or one content wait for each other.
      const keys = new Set(items.flatMap(({ doc }) => [`id:${doc.id}`, `hash:${doc.contentHash}`]));
      for (const key of [...keys].sort()) await sql.run('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', key);
      const outcomes: SaveOutcome[] = [];
      for (const { doc, record } of items) outcomes.push(await saveOne(sql, doc, record, ingestedAt));
      return outcomes;
    });
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return (await this.sql.get('SELECT 1 FROM documents WHERE content_hash = $1 LIMIT 1', contentHash)) !== undefined;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = await this.sql.get<DocumentRow>(
      `SELECT id, source, format, title, publication, volume, issue, published, url, text, content_hash, ingested_at
       FROM documents WHERE id = $1`, id);
    return row ? toStored(row) : null;
  }

  async getRecord(documentId: string): Promise<ExtractionRecord | null> {
    const row = await this.sql.get<{ json: ExtractionRecord }>('SELECT json FROM records WHERE document_id = $1', documentId);
    return row?.json ?? null;
  }

  async listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>> {
    const { limit, offset } = pageBounds(page);
    const total = (await this.sql.get<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents'))?.n ?? 0;
    const items = await this.sql.all<DocumentSummary>(
      `SELECT d.id, d.title, d.publication, d.published, d.source, d.ingested_at AS "ingestedAt",
              (SELECT COUNT(*)::int FROM entities e WHERE e.document_id = d.id) AS "entityCount"
       FROM documents d ORDER BY (d.published IS NULL), d.published DESC, d.id LIMIT $1 OFFSET $2`,
      limit, offset,
    );
    return { items, total, limit, offset };
  }

  search(query: string, page?: PageRequest): Promise<Page<SearchHit>> {
    return searchDocuments(this.sql, query, page);
  }

  listEntities(filter?: { q?: string; type?: EntityType } & PageRequest): Promise<Page<EntitySummary>> {
    return listEntities(this.sql, filter);
  }

  getEntity(id: string): Promise<EntitySummary | null> {
    return getEntity(this.sql, id);
  }

  listMentions(entityId: string, page?: PageRequest): Promise<Page<MentionRow>> {
    return listMentions(this.sql, entityId, page);
  }

  listEvents(filter?: EventFilter): Promise<Page<EventRow>> {
    return listEvents(this.sql, filter);
  }

  listTransfers(filter?: TransferFilter): Promise<Page<TransferRow>> {
    return listTransfers(this.sql, filter);
  }

  unresolvedDocuments(after: string | null, limit: number): Promise<string[]> {
    return unresolvedDocuments(this.sql, after, limit);
  }

  loadResolution(): Promise<{ state: string | null; version: number; parts: StatePart[] }> {
    return loadResolution(this.sql);
  }

  resolutionVersion(): Promise<number> {
    return resolutionVersion(this.sql);
  }

  saveResolution(update: ResolutionUpdate, expectedVersion: number): Promise<number | null> {
    return this.transaction((sql) => saveResolution(sql, update, expectedVersion));
  }

  deleteDocument(id: string): Promise<boolean> {
    return this.transaction((sql) => removeDocument(sql, id));
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
