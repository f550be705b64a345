// Schema of monitoring: polled feeds and the items already taken from them, watchlists and the
// alerts they raise, and reference records imported from SIPRI and ACLED. Range 40-49.

import type { Migration } from './migrations.ts';

export const MONITOR_MIGRATIONS: readonly Migration[] = [
  {
    version: 40,
    name: 'feeds-watchlists-alerts-references',
    sql: `
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL UNIQUE,
        etag TEXT,
        last_modified TEXT,
        polled_at TEXT,
        last_status TEXT,
        created_at TEXT NOT NULL
      );
      -- Items already ingested, so a feed that repeats its last 20 items adds nothing twice.
      CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        document_id TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      );
      CREATE TABLE watchlists (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'keyword', 'event', 'item')),
        value TEXT NOT NULL,
        webhook TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        watch_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL,
        matched TEXT NOT NULL,
        webhook_status TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (watch_id, document_id)
      );
      CREATE TABLE reference_records (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        dataset TEXT NOT NULL CHECK (dataset IN ('sipri', 'acled')),
        row_key TEXT NOT NULL,
        supplier TEXT,
        recipient TEXT,
        item TEXT,
        year INTEGER,
        date TEXT,
        actor TEXT,
        place TEXT,
        row_json TEXT NOT NULL,
        UNIQUE (dataset, row_key)
      );
      CREATE INDEX reference_records_year ON reference_records(dataset, year);
    `,
  },
];
