// The accounts store contract: users, login sessions, API tokens and the audit log. SQLite and
// PostgreSQL implement it; secrets arrive here already hashed (digests, scrypt hashes).

export type Role = 'viewer' | 'analyst' | 'admin';

export interface UserRow { name: string; role: Role; createdAt: string }
export interface AuditEntry { id: number; at: string; actor: string; action: string; subject: string; detail: string | null }
export interface AuditInput { actor: string; action: string; subject: string; detail?: string | null }

/** A user with its password hash, as copied between stores. */
export interface UserRecord extends UserRow { passwordHash: string }
export interface TokenRecord { tokenHash: string; label: string; userName: string; createdAt: string }

/** What one table of a copy read from the source and how many of those rows were new to the target. */
export interface TableCopy { read: number; added: number }

/** Everything worth moving to another store; sessions are left behind (users log in again). */
export interface AccountDump { users: UserRecord[]; tokens: TokenRecord[]; audit: AuditEntry[] }

export interface AccountStore {
  countUsers(): Promise<number>;
  /** @throws LanternError 'conflict' when the name is taken */
  addUser(name: string, role: Role, passwordHash: string): Promise<UserRow>;
  removeUser(name: string): Promise<boolean>;
  listUsers(): Promise<UserRow[]>;
  /** The user with the password hash, for login. */
  findCredentials(name: string): Promise<{ user: UserRow; passwordHash: string } | null>;
  addSession(tokenHash: string, userName: string, expiresAt: string): Promise<void>;
  userForSession(tokenHash: string, now: string): Promise<UserRow | null>;
  removeSession(tokenHash: string): Promise<void>;
  addToken(tokenHash: string, label: string, userName: string): Promise<void>;
  userForToken(tokenHash: string): Promise<UserRow | null>;
  appendAudit(entry: AuditInput): Promise<void>;
  /** Newest first. */
  listAudit(limit: number, offset: number): Promise<{ items: AuditEntry[]; total: number }>;
  /** Users (with hashes), tokens and the audit log in id order. */
  exportAll(): Promise<AccountDump>;
  /**
   * Adds what the target lacks: users and tokens by name / digest (an existing one is kept as it
   * is), audit entries by (at, actor, action, subject, detail). Running it twice adds nothing.
   */
  importAll(dump: AccountDump): Promise<{ users: TableCopy; tokens: TableCopy; audit: TableCopy }>;
  close(): Promise<void>;
}
