// SQLite store: numbered schema migrations, applied in order inside a transaction each and
// recorded in `schema_migrations`. Append new steps; never edit one that has shipped.

import type Database from 'better-sqlite3';
import { ACCOUNT_MIGRATIONS } from './account-migrations.ts';
import { MONITOR_MIGRATIONS } from './monitor-migrations.ts';
import { RESOLUTION_MIGRATIONS } from './resolution-queries.ts';
import { WORKBENCH_MIGRATIONS } from './workbench-migrations.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents-records-entities-fts',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        publication TEXT,
        volume INTEGER,
        issue INTEGER,
        published TEXT,
        url TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_content_hash ON documents(content_hash);

      CREATE TABLE records (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        extractor TEXT,
        json TEXT NOT NULL
      );

      -- One row per entity of a record; canonical_key groups them across documents.
      CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        canonical_key TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,
        mention_count INTEGER NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        PRIMARY KEY (document_id, local_id)
      );
      CREATE INDEX entities_canonical ON entities(canonical_key);

      CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        canonical_key TEXT NOT NULL,
        local_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX mentions_canonical ON mentions(canonical_key, document_id, start);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        cameo TEXT,
        date TEXT,
        date_start TEXT,
        date_end TEXT,
        quantity REAL,
        summary TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        -- The span's text, cut in JavaScript: SQLite's substr counts code points, spans UTF-16 units.
        text TEXT NOT NULL,
        refs TEXT NOT NULL,
        sources TEXT NOT NULL
      );
      CREATE INDEX events_type_date ON events(type, date_start);
      CREATE INDEX events_document ON events(document_id);

      -- Which canonical entities an event involves, for the entity filter.
      CREATE TABLE event_entities (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        canonical_key TEXT NOT NULL,
        role TEXT NOT NULL
      );
      CREATE INDEX event_entities_key ON event_entities(canonical_key);

      CREATE TABLE transfers (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        supplier_key TEXT,
        recipient_key TEXT,
        place_key TEXT,
        value REAL,
        currency TEXT,
        status TEXT NOT NULL,
        date TEXT,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        -- The span's text, cut in JavaScript: SQLite's substr counts code points, spans UTF-16 units.
        text TEXT NOT NULL,
        refs TEXT NOT NULL,
        sources TEXT NOT NULL
      );
      CREATE INDEX transfers_supplier ON transfers(supplier_key);
      CREATE INDEX transfers_recipient ON transfers(recipient_key);
      CREATE INDEX transfers_document ON transfers(document_id);

      CREATE TABLE transfer_items (
        transfer_id TEXT NOT NULL REFERENCES transfers(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item TEXT NOT NULL,
        quantity REAL
      );
      CREATE INDEX transfer_items_transfer ON transfer_items(transfer_id);

      CREATE VIRTUAL TABLE documents_fts USING fts5(
        document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  ...WORKBENCH_MIGRATIONS,
  ...ACCOUNT_MIGRATIONS,
  ...RESOLUTION_MIGRATIONS,
  ...MONITOR_MIGRATIONS,
];

/** Applies the migrations not yet recorded; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(step.version)) continue;
    db.transaction(() => {
      db.exec(step.sql);
      record.run(step.version, step.name, new Date().toISOString());
    })();
    applied.push(step.version);
  }
  return applied;
}
