// App: local accounts. Passwords are scrypt-hashed with a random salt and checked in constant
// time; sessions and API tokens are random secrets handed out once and stored as SHA-256 digests.

import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { LanternError, NotFoundError, ValidationError } from '../model/index.ts';
import { createAccountStore } from '../store/index.ts';
import type { AccountStore, AuditEntry, Role, UserRow } from '../store/index.ts';
import { storeOptions } from './open-store.ts';
import type { StoreConfig } from './open-store.ts';

export type { AccountStore, AuditEntry, Role, UserRow };

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };
export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];
export const SESSION_HOURS = 12;
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** Accounts live beside the documents: in the same SQLite file, or the same PostgreSQL database. */
export function openAccounts(config: StoreConfig): AccountStore {
  return createAccountStore(storeOptions(config));
}

export function readRole(raw: string): Role {
  if (!(ROLES as readonly string[]).includes(raw)) throw new ValidationError(`role must be one of ${ROLES.join(', ')}`);
  return raw as Role;
}

/** "scrypt$N$r$p$salt$hash", salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function addUser(accounts: AccountStore, name: string, role: Role, password: string, actor: string): Promise<UserRow> {
  if (!NAME.test(name)) throw new ValidationError('user name: 1-64 letters, digits, dots, dashes or underscores');
  if (password.length < 8) throw new ValidationError('password must be at least 8 characters');
  const user = await accounts.addUser(name, role, await hashPassword(password));
  await accounts.appendAudit({ actor, action: 'user.add', subject: name, detail: role });
  return user;
}

export async function removeUser(accounts: AccountStore, name: string, actor: string): Promise<void> {
  if (!(await accounts.removeUser(name))) throw new NotFoundError('user', name);
  await accounts.appendAudit({ actor, action: 'user.remove', subject: name });
}

// A fixed hash to compare against when the name is unknown, so both failures take the same time.
let decoy: Promise<string> | undefined;

/** A new session for valid credentials; the returned token goes in the cookie, its digest in the store. */
export async function login(accounts: AccountStore, name: string, password: string): Promise<{ user: UserRow; token: string; expiresAt: string }> {
  const found = await accounts.findCredentials(name);
  decoy ??= hashPassword('decoy-password');
  const ok = await verifyPassword(password, found?.passwordHash ?? await decoy);
  if (!found || !ok) throw new LanternError('unauthorized', 'wrong user name or password');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  await accounts.addSession(digest(token), found.user.name, expiresAt);
  return { user: found.user, token, expiresAt };
}

export async function logout(accounts: AccountStore, token: string): Promise<void> {
  await accounts.removeSession(digest(token));
}

export function userForSession(accounts: AccountStore, token: string): Promise<UserRow | null> {
  return accounts.userForSession(digest(token), new Date().toISOString());
}

/** An API token for scripts ("lt_" + 32 random bytes); shown once, only its digest is kept. */
export async function createToken(accounts: AccountStore, userName: string, label: string, actor: string): Promise<string> {
  if (!(await accounts.findCredentials(userName))) throw new NotFoundError('user', userName);
  const token = `lt_${randomBytes(32).toString('base64url')}`;
  await accounts.addToken(digest(token), label, userName);
  await accounts.appendAudit({ actor, action: 'token.create', subject: userName, detail: label });
  return token;
}

export function userForToken(accounts: AccountStore, token: string): Promise<UserRow | null> {
  return accounts.userForToken(digest(token));
}
