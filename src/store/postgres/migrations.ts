// PostgreSQL store: numbered schema migrations (versions 30-39 are this backend's), applied in
// order, each in its own transaction, under an advisory lock so concurrent workers migrate once.

import type { PoolClient } from 'pg';
import { ACCOUNT_MIGRATIONS } from './account-migrations.ts';
import { MONITOR_MIGRATIONS } from './monitor-migrations.ts';
import { WORKBENCH_MIGRATIONS } from './workbench-migrations.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Key of the advisory lock held while migrating ("lantern" in ASCII, as a 32-bit number). */
const MIGRATION_LOCK = 0x6c616e74;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 30,
    name: 'documents-records-entities-fts',
    sql: `
      CREATE TABLE documents (
        id TEXT COLLATE "C" PRIMARY KEY,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        publication TEXT,
        volume INTEGER,
        issue INTEGER,
        published TEXT COLLATE "C",
        url TEXT,
        text TEXT NOT NULL,
        content_hash TEXT COLLATE "C" NOT NULL,
        ingested_at TEXT NOT NULL,
        -- Title weighs more than body; the generated column keeps the index in step with the row.
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', left(text, 500000)), 'B')
        ) STORED
      );
      CREATE INDEX documents_content_hash ON documents(content_hash);
      CREATE INDEX documents_search ON documents USING GIN (search);
      CREATE INDEX documents_published ON documents((published IS NULL), published DESC, id);

      CREATE TABLE records (
        document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        extractor TEXT,
        json JSONB NOT NULL
      );

      CREATE TABLE entities (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT COLLATE "C" NOT NULL,
        canonical_key TEXT COLLATE "C" NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases JSONB NOT NULL,
        mention_count INTEGER NOT NULL,
        country TEXT,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        PRIMARY KEY (document_id, local_id)
      );
      CREATE INDEX entities_canonical ON entities(canonical_key);

      CREATE TABLE mentions (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        canonical_key TEXT COLLATE "C" NOT NULL,
        local_id TEXT COLLATE "C" NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX mentions_canonical ON mentions(canonical_key, document_id, start);
      CREATE INDEX mentions_document ON mentions(document_id);

      CREATE TABLE events (
        id TEXT COLLATE "C" PRIMARY KEY,
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        cameo TEXT,
        date TEXT,
        date_start TEXT COLLATE "C",
        date_end TEXT COLLATE "C",
        quantity DOUBLE PRECISION,
        summary TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        refs JSONB NOT NULL,
        sources JSONB NOT NULL
      );
      CREATE INDEX events_type_date ON events(type, date_start);
      CREATE INDEX events_document ON events(document_id);

      CREATE TABLE event_entities (
        event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        canonical_key TEXT COLLATE "C" NOT NULL,
        role TEXT NOT NULL
      );
      CREATE INDEX event_entities_key ON event_entities(canonical_key);
      CREATE INDEX event_entities_event ON event_entities(event_id);

      CREATE TABLE transfers (
        id TEXT COLLATE "C" PRIMARY KEY,
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        supplier_key TEXT COLLATE "C",
        recipient_key TEXT COLLATE "C",
        place_key TEXT COLLATE "C",
        value DOUBLE PRECISION,
        currency TEXT,
        status TEXT NOT NULL,
        date TEXT COLLATE "C",
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        refs JSONB NOT NULL,
        sources JSONB NOT NULL
      );
      CREATE INDEX transfers_supplier ON transfers(supplier_key);
      CREATE INDEX transfers_recipient ON transfers(recipient_key);
      CREATE INDEX transfers_document ON transfers(document_id);

      CREATE TABLE transfer_items (
        transfer_id TEXT COLLATE "C" NOT NULL REFERENCES transfers(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item TEXT NOT NULL,
        quantity DOUBLE PRECISION
      );
      CREATE INDEX transfer_items_transfer ON transfer_items(transfer_id);
    `,
  },
  {
    version: 31,
    name: 'jobs-queue',
    sql: `
      -- Work for distributed workers. A claimed job carries a lease; a worker that dies stops
      -- renewing it and the job becomes claimable again once locked_until has passed.
      CREATE TABLE jobs (
        id BIGSERIAL PRIMARY KEY,
        kind TEXT NOT NULL,
        payload JSONB NOT NULL,
        dedupe_key TEXT COLLATE "C" UNIQUE,
        state TEXT NOT NULL DEFAULT 'queued',
        attempts INTEGER NOT NULL DEFAULT 0,
        locked_by TEXT,
        locked_until TIMESTAMPTZ,
        last_error TEXT,
        result TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        finished_at TIMESTAMPTZ
      );
      CREATE INDEX jobs_claimable ON jobs(state, locked_until, id) WHERE state IN ('queued', 'running');
    `,
  },
  {
    version: 32,
    name: 'resolution',
    sql: `
      CREATE TABLE resolution_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL,
        version INTEGER NOT NULL
      );
      CREATE TABLE resolved_clusters (
        id TEXT COLLATE "C" PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL
      );
      -- A NULL cluster means the analyst rejected the entity: it is not served.
      CREATE TABLE entity_clusters (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT COLLATE "C" NOT NULL,
        cluster_id TEXT COLLATE "C",
        PRIMARY KEY (document_id, local_id)
      );
      CREATE INDEX entity_clusters_cluster ON entity_clusters(cluster_id);
      CREATE INDEX mentions_local ON mentions(document_id, local_id);
    `,
  },
  {
    version: 33,
    name: 'resolution-parts',
    sql: `
      -- The resolver's state in parts (one per document and per cluster), rewritten as they change;
      -- position keeps the order parts were first written in.
      CREATE TABLE resolution_parts (
        key TEXT COLLATE "C" PRIMARY KEY,
        json TEXT NOT NULL,
        position BIGSERIAL NOT NULL
      );
    `,
  },
  {
    version: 34,
    name: 'documents-resolved',
    sql: `
      -- Set when a saved resolution covers the document's current version; a new version starts
      -- unresolved. Documents with a resolver part are resolved already.
      ALTER TABLE documents ADD COLUMN resolved BOOLEAN NOT NULL DEFAULT false;
      UPDATE documents SET resolved = true WHERE 'd:' || id IN (SELECT key FROM resolution_parts);
      CREATE INDEX documents_unresolved ON documents(id) WHERE NOT resolved;
    `,
  },
  ...ACCOUNT_MIGRATIONS,
  ...WORKBENCH_MIGRATIONS,
  ...MONITOR_MIGRATIONS,
];

/** Creates the schema a store works in; under the migration lock, since two connections racing on
 *  CREATE SCHEMA IF NOT EXISTS can both miss it and one then fails on the catalog's unique key. */
export async function createSchema(client: PoolClient, schema: string): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** Applies the migrations not yet recorded in `schema_migrations`; returns the versions applied. */
export async function migrate(client: PoolClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(step.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(step.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [step.version, step.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK');
        throw cause;
      }
      applied.push(step.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
