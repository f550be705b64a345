// SQLite accounts: users, login sessions, API tokens and the audit log (migration 50). Secrets are
// never stored: sessions and tokens are kept as SHA-256 digests, passwords as scrypt hashes.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LanternError } from '../../model/index.ts';
import type {
  AccountDump, AccountStore, AuditEntry, AuditInput, Role, TableCopy, TokenRecord, UserRow,
} from '../../model/account-store.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

export type { AuditEntry, AuditInput, Role, UserRow };

interface RawUser { name: string; role: Role; password_hash: string; created_at: string }

/** Accounts on their own connection to the store's database file (WAL lets both write in turn). */
export class SqliteAccountStore implements AccountStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db, MIGRATIONS);
  }

  async countUsers(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  async addUser(name: string, role: Role, passwordHash: string): Promise<UserRow> {
    const createdAt = new Date().toISOString();
    try {
      this.db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)').run(name, role, passwordHash, createdAt);
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new LanternError('conflict', `user already exists: ${name}`);
      throw error;
    }
    return { name, role, createdAt };
  }

  async removeUser(name: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
  }

  async listUsers(): Promise<UserRow[]> {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as RawUser[]).map(toUser);
  }

  async findCredentials(name: string): Promise<{ user: UserRow; passwordHash: string } | null> {
    const row = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as RawUser | undefined;
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  async addSession(tokenHash: string, userName: string, expiresAt: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(new Date().toISOString());
    this.db.prepare('INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)').run(tokenHash, userName, expiresAt);
  }

  async userForSession(tokenHash: string, now: string): Promise<UserRow | null> {
    const row = this.db.prepare(`SELECT u.* FROM sessions s JOIN users u ON u.name = s.user_name
      WHERE s.token_hash = ? AND s.expires_at > ?`).get(tokenHash, now) as RawUser | undefined;
    return row ? toUser(row) : null;
  }

  async removeSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async addToken(tokenHash: string, label: string, userName: string): Promise<void> {
    this.db.prepare('INSERT INTO api_tokens (token_hash, label, user_name, created_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash, label, userName, new Date().toISOString());
  }

  async userForToken(tokenHash: string): Promise<UserRow | null> {
    const row = this.db.prepare('SELECT u.* FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?')
      .get(tokenHash) as RawUser | undefined;
    return row ? toUser(row) : null;
  }

  async appendAudit(entry: AuditInput): Promise<void> {
    this.db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), entry.actor, entry.action, entry.subject, entry.detail ?? null);
  }

  async listAudit(limit: number, offset: number): Promise<{ items: AuditEntry[]; total: number }> {
    const items = this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset) as AuditEntry[];
    const total = (this.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    return { items, total };
  }

  async exportAll(): Promise<AccountDump> {
    const users = (this.db.prepare('SELECT * FROM users ORDER BY name').all() as RawUser[])
      .map((r) => ({ ...toUser(r), passwordHash: r.password_hash }));
    const tokens = this.db.prepare(`SELECT token_hash AS tokenHash, label, user_name AS userName, created_at AS createdAt
      FROM api_tokens ORDER BY created_at, token_hash`).all() as TokenRecord[];
    const audit = this.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditEntry[];
    return { users, tokens, audit };
  }

  async importAll(dump: AccountDump): Promise<{ users: TableCopy; tokens: TableCopy; audit: TableCopy }> {
    const user = this.db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
    const token = this.db.prepare(`INSERT INTO api_tokens (token_hash, label, user_name, created_at)
      SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE name = ?) ON CONFLICT DO NOTHING`);
    const audit = this.db.prepare(`INSERT INTO audit_log (at, actor, action, subject, detail) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS
      (SELECT 1 FROM audit_log WHERE at = ? AND actor = ? AND action = ? AND subject = ? AND detail IS ?)`);
    return this.db.transaction(() => ({
      users: count(dump.users, (u) => user.run(u.name, u.role, u.passwordHash, u.createdAt).changes),
      tokens: count(dump.tokens, (t) => token.run(t.tokenHash, t.label, t.userName, t.createdAt, t.userName).changes),
      audit: count(dump.audit, (a) => {
        const key = [a.at, a.actor, a.action, a.subject, a.detail];
        return audit.run(...key, ...key).changes;
      }),
    }))();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toUser(row: RawUser): UserRow {
  return { name: row.name, role: row.role, createdAt: row.created_at };
}

/** Runs `insert` on every row; how many there were and how many it added. */
export function count<T>(rows: readonly T[], insert: (row: T) => number): TableCopy {
  return { read: rows.length, added: rows.reduce((n, row) => n + insert(row), 0) };
}
