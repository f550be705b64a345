// Schema of the accounts tables (users, sessions, API tokens, audit log): the security team's
// migration range is 50-59; migrations.ts appends these to the shared list.

import type { Migration } from './migrations.ts';

export const ACCOUNT_MIGRATIONS: readonly Migration[] = [
  {
    version: 50,
    name: 'users-sessions-tokens-audit',
    sql: `
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
      );
      CREATE TABLE api_tokens (
        token_hash TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT
      );
      CREATE INDEX audit_log_at ON audit_log(at);
    `,
  },
];
