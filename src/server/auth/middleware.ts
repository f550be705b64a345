// Authentication and authorisation for /api: who is calling (API token, session cookie, or the
// implicit local admin of single-user mode), whether the route table lets them in, CSRF checks
// for cookie-authenticated unsafe requests, and an audit entry for every successful change.

import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { recordAudit } from '../../app/audit.ts';
import { userForSession, userForToken, type AccountStore, type UserRow } from '../../app/accounts.ts';
import { LanternError } from '../../model/index.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './cookies.ts';
import { findRoute, hasRole, type Access } from './route-table.ts';

export interface AuthEnv { Variables: { user: UserRow | null; sessionToken: string | null } }

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
export const LOCAL_ADMIN: UserRow = { name: 'local', role: 'admin', createdAt: '1970-01-01T00:00:00.000Z' };

interface Caller { user: UserRow | null; via: 'local' | 'token' | 'session' | 'none'; sessionToken: string | null }

async function identify(c: Context, accounts: AccountStore): Promise<Caller> {
  if ((await accounts.countUsers()) === 0) return { user: LOCAL_ADMIN, via: 'local', sessionToken: null };
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer) {
    const user = await userForToken(accounts, bearer);
    if (!user) throw new LanternError('unauthorized', 'unknown API token');
    return { user, via: 'token', sessionToken: null };
  }
  const session = getCookie(c, SESSION_COOKIE);
  const user = session ? await userForSession(accounts, session) : null;
  return user ? { user, via: 'session', sessionToken: session ?? null } : { user: null, via: 'none', sessionToken: null };
}

/** Cross-site requests are refused by Origin; cookie sessions also need the double-submit token. */
function checkCsrf(c: Context, caller: Caller): void {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
    let originHost = '';
    try { originHost = new URL(origin).host; } catch { /* an unparsable Origin is a mismatch */ }
    if (originHost !== host) throw new LanternError('forbidden', 'cross-origin request refused');
  } else if (origin === 'null') {
    throw new LanternError('forbidden', 'cross-origin request refused');
  }
  if (caller.via !== 'session') return;
  const cookie = getCookie(c, CSRF_COOKIE);
  const header = c.req.header(CSRF_HEADER);
  if (!cookie || !header || cookie !== header) throw new LanternError('forbidden', `missing or wrong ${CSRF_HEADER} header`);
}

function authorise(access: Access, user: UserRow | null): void {
  if (access === 'public') return;
  if (!user) throw new LanternError('unauthorized', 'log in first');
  if (!hasRole(user.role, access)) throw new LanternError('forbidden', `needs the ${access} role`);
}

export function requireAuth(accounts: AccountStore): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const route = findRoute(c.req.method, c.req.path);
    // Unlisted routes (including unknown paths) are for admins only until the table names them.
    const access: Access = route?.access ?? 'admin';
    const caller = await identify(c, accounts);
    if (!SAFE.has(c.req.method)) checkCsrf(c, caller);
    authorise(access, caller.user);
    c.set('user', caller.user);
    c.set('sessionToken', caller.sessionToken);
    await next();
    const changed = !SAFE.has(c.req.method) && c.res.status < 400 && route && access !== 'public';
    if (changed && caller.user) await recordAudit(accounts, caller.user.name, `${c.req.method} ${route.pattern}`, c.req.path);
  };
}
