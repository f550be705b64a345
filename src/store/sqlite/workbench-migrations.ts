// Schema of the analyst workbench: saved link-chart boards and review decisions (corrections).
// The workbench team's migration range is 20-29; migrations.ts appends these to the shared list.

import type { Migration } from './migrations.ts';

export const WORKBENCH_MIGRATIONS: readonly Migration[] = [
  {
    version: 20,
    name: 'workbench-boards-corrections',
    sql: `
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- One row per analyst decision, applied in id order when entities are served.
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        op TEXT NOT NULL CHECK (op IN ('accept', 'reject', 'rename', 'merge')),
        entity_id TEXT NOT NULL,
        value TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX corrections_entity ON corrections(entity_id);
    `,
  },
];
