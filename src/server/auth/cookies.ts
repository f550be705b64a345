// The session and CSRF cookies. The session cookie is HttpOnly and SameSite=Strict; the CSRF
// cookie is readable by the web app, which echoes it in a header (double submit). Secure is set
// when the request came over https, or through a proxy that says so and is trusted by config.

import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'lantern_session';
export const CSRF_COOKIE = 'lantern_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Sets both cookies; returns the CSRF token for the response body. */
export function setSessionCookies(c: Context, token: string, expiresAt: string, secure: boolean): string {
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(expiresAt);
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/', expires });
  setCookie(c, CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'Strict', secure, path: '/', expires });
  return csrf;
}

export function clearSessionCookies(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
  deleteCookie(c, CSRF_COOKIE, { path: '/', secure });
}
