// SQLite accounts: users, login sessions, API tokens and the audit log (migration 50). Secrets are
// never stored: sessions and tokens are kept as SHA-256 digests, passwords as scrypt hashes.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LanternError } from '../../model/index.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

export type Role = 'viewer' | 'analyst' | 'admin';

export interface UserRow { name: string; role: Role; createdAt: string }
export interface AuditEntry { id: number; at: string; actor: string; action: string; subject: string; detail: string | null }
export interface AuditInput { actor: string; action: string; subject: string; detail?: string | null }

interface RawUser { name: string; role: Role; password_hash: string; created_at: string }

/** Accounts on their own connection to the store's database file (WAL lets both write in turn). */
export class SqliteAccountStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db, MIGRATIONS);
  }

  countUsers(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  addUser(name: string, role: Role, passwordHash: string): UserRow {
    const createdAt = new Date().toISOString();
    try {
      this.db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)').run(name, role, passwordHash, createdAt);
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new LanternError('conflict', `user already exists: ${name}`);
      throw error;
    }
    return { name, role, createdAt };
  }

  removeUser(name: string): boolean {
    return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
  }

  listUsers(): UserRow[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as RawUser[]).map(toUser);
  }

  /** The user with the password hash, for login. */
  findCredentials(name: string): { user: UserRow; passwordHash: string } | null {
    const row = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as RawUser | undefined;
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  addSession(tokenHash: string, userName: string, expiresAt: string): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(new Date().toISOString());
    this.db.prepare('INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)').run(tokenHash, userName, expiresAt);
  }

  userForSession(tokenHash: string, now: string): UserRow | null {
    const row = this.db.prepare(`SELECT u.* FROM sessions s JOIN users u ON u.name = s.user_name
      WHERE s.token_hash = ? AND s.expires_at > ?`).get(tokenHash, now) as RawUser | undefined;
    return row ? toUser(row) : null;
  }

  removeSession(tokenHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  addToken(tokenHash: string, label: string, userName: string): void {
    this.db.prepare('INSERT INTO api_tokens (token_hash, label, user_name, created_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash, label, userName, new Date().toISOString());
  }

  userForToken(tokenHash: string): UserRow | null {
    const row = this.db.prepare('SELECT u.* FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?')
      .get(tokenHash) as RawUser | undefined;
    return row ? toUser(row) : null;
  }

  appendAudit(entry: AuditInput): void {
    this.db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), entry.actor, entry.action, entry.subject, entry.detail ?? null);
  }

  /** Newest first. */
  listAudit(limit: number, offset: number): { items: AuditEntry[]; total: number } {
    const items = this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset) as AuditEntry[];
    const total = (this.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    return { items, total };
  }

  close(): void {
    this.db.close();
  }
}

function toUser(row: RawUser): UserRow {
  return { name: row.name, role: row.role, createdAt: row.created_at };
}
