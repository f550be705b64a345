// /api/login, /api/logout and /api/me: session login with a user name and password; /api/me says
// who is calling and whether the server runs in single-user mode (no accounts, loopback only).

import { Hono } from 'hono';
import { login, logout, type AccountStore } from '../../app/accounts.ts';
import { ValidationError } from '../../model/index.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { clearSessionCookies, isHttps, setSessionCookies } from '../auth/cookies.ts';

async function readCredentials(body: unknown): Promise<{ name: string; password: string }> {
  const { name, password } = (body ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || typeof password !== 'string' || !name || !password) {
    throw new ValidationError('send {"name": ..., "password": ...} as JSON');
  }
  return { name, password };
}

export function authRoutes(accounts: AccountStore, trustProxy: boolean): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();

  routes.post('/login', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const { name, password } = await readCredentials(body);
    const session = await login(accounts, name, password);
    const csrfToken = setSessionCookies(c, session.token, session.expiresAt, isHttps(c, trustProxy));
    return c.json({ user: session.user, csrfToken, expiresAt: session.expiresAt });
  });

  routes.post('/logout', async (c) => {
    const token = c.get('sessionToken');
    if (token) await logout(accounts, token);
    clearSessionCookies(c, isHttps(c, trustProxy));
    return c.body(null, 204);
  });

  routes.get('/me', async (c) => c.json({ user: c.get('user'), singleUser: (await accounts.countUsers()) === 0 }));

  return routes;
}
