// PostgreSQL accounts: users, login sessions, API tokens and the audit log (migration 70), the
// same contract as the SQLite accounts store. Secrets arrive as digests and scrypt hashes.

import { LanternError } from '../../model/index.ts';
import type {
  AccountDump, AccountStore, AuditEntry, AuditInput, Role, TableCopy, TokenRecord, UserRecord, UserRow,
} from '../../model/account-store.ts';
import type { Sql } from './statements.ts';
import { PostgresStore } from './store.ts';
import type { PostgresOptions } from './store.ts';

interface RawUser { name: string; role: Role; password_hash: string; created_at: string }

const toUser = (row: RawUser): UserRow => ({ name: row.name, role: row.role, createdAt: row.created_at });

/**
 * A small pool of the side store's own that connects and migrates (the whole PostgreSQL list) on
 * first use. Every call runs in one transaction on it.
 */
export function openSidePool(options: PostgresOptions): PostgresStore {
  return new PostgresStore({ maxConnections: 2, ...options });
}

/** Inserts every row in turn; how many there were and how many were new. */
export async function countAsync<T>(rows: readonly T[], insert: (row: T) => Promise<number>): Promise<TableCopy> {
  let added = 0;
  for (const row of rows) added += await insert(row);
  return { read: rows.length, added };
}

export class PgAccountStore implements AccountStore {
  private readonly pg: PostgresStore;

  constructor(options: PostgresOptions) {
    this.pg = openSidePool(options);
  }

  private tx<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.pg.transaction(work);
  }

  countUsers(): Promise<number> {
    return this.tx(async (sql) => (await sql.get<{ n: number }>('SELECT count(*)::int AS n FROM users'))?.n ?? 0);
  }

  async addUser(name: string, role: Role, passwordHash: string): Promise<UserRow> {
    const createdAt = new Date().toISOString();
    const added = await this.tx((sql) => sql.run(`INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (name) DO NOTHING`, name, role, passwordHash, createdAt));
    if (added === 0) throw new LanternError('conflict', `user already exists: ${name}`);
    return { name, role, createdAt };
  }

  async removeUser(name: string): Promise<boolean> {
    return (await this.tx((sql) => sql.run('DELETE FROM users WHERE name = $1', name))) > 0;
  }

  async listUsers(): Promise<UserRow[]> {
    return (await this.tx((sql) => sql.all<RawUser>('SELECT * FROM users ORDER BY name'))).map(toUser);
  }

  async findCredentials(name: string): Promise<{ user: UserRow; passwordHash: string } | null> {
    const row = await this.tx((sql) => sql.get<RawUser>('SELECT * FROM users WHERE name = $1', name));
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  async addSession(tokenHash: string, userName: string, expiresAt: string): Promise<void> {
    await this.tx(async (sql) => {
      await sql.run('DELETE FROM sessions WHERE expires_at < $1', new Date().toISOString());
      await sql.run('INSERT INTO sessions (token_hash, user_name, expires_at) VALUES ($1, $2, $3)', tokenHash, userName, expiresAt);
    });
  }

  async userForSession(tokenHash: string, now: string): Promise<UserRow | null> {
    const row = await this.tx((sql) => sql.get<RawUser>(`SELECT u.* FROM sessions s JOIN users u ON u.name = s.user_name
      WHERE s.token_hash = $1 AND s.expires_at > $2`, tokenHash, now));
    return row ? toUser(row) : null;
  }

  async removeSession(tokenHash: string): Promise<void> {
    await this.tx((sql) => sql.run('DELETE FROM sessions WHERE token_hash = $1', tokenHash));
  }

  async addToken(tokenHash: string, label: string, userName: string): Promise<void> {
    await this.tx((sql) => sql.run('INSERT INTO api_tokens (token_hash, label, user_name, created_at) VALUES ($1, $2, $3, $4)',
      tokenHash, label, userName, new Date().toISOString()));
  }

  async userForToken(tokenHash: string): Promise<UserRow | null> {
    const row = await this.tx((sql) => sql.get<RawUser>(
      'SELECT u.* FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = $1', tokenHash));
    return row ? toUser(row) : null;
  }

  async appendAudit(entry: AuditInput): Promise<void> {
    await this.tx((sql) => sql.run('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)',
      new Date().toISOString(), entry.actor, entry.action, entry.subject, entry.detail ?? null));
  }

  listAudit(limit: number, offset: number): Promise<{ items: AuditEntry[]; total: number }> {
    return this.tx(async (sql) => ({
      items: await sql.all<AuditEntry>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2', limit, offset),
      total: (await sql.get<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))?.n ?? 0,
    }));
  }

  exportAll(): Promise<AccountDump> {
    return this.tx(async (sql) => ({
      users: await sql.all<UserRecord>(`SELECT name, role, created_at AS "createdAt", password_hash AS "passwordHash"
        FROM users ORDER BY name`),
      tokens: await sql.all<TokenRecord>(`SELECT token_hash AS "tokenHash", label, user_name AS "userName", created_at AS "createdAt"
        FROM api_tokens ORDER BY created_at, token_hash`),
      audit: await sql.all<AuditEntry>('SELECT * FROM audit_log ORDER BY id'),
    }));
  }

  importAll(dump: AccountDump): Promise<{ users: TableCopy; tokens: TableCopy; audit: TableCopy }> {
    return this.tx(async (sql) => ({
      users: await countAsync(dump.users, (u) => sql.run(`INSERT INTO users (name, role, password_hash, created_at)
        VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, u.name, u.role, u.passwordHash, u.createdAt)),
      tokens: await countAsync(dump.tokens, (t) => sql.run(`INSERT INTO api_tokens (token_hash, label, user_name, created_at)
        SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM users WHERE name = $3) ON CONFLICT DO NOTHING`,
      t.tokenHash, t.label, t.userName, t.createdAt)),
      audit: await countAsync(dump.audit, (a) => sql.run(`INSERT INTO audit_log (at, actor, action, subject, detail)
        SELECT $1, $2, $3, $4, $5::text WHERE NOT EXISTS (SELECT 1 FROM audit_log
          WHERE at = $1 AND actor = $2 AND action = $3 AND subject = $4 AND detail IS NOT DISTINCT FROM $5::text)`,
      a.at, a.actor, a.action, a.subject, a.detail)),
    }));
  }

  close(): Promise<void> {
    return this.pg.close();
  }
}
