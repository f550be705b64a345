// Login state for the web app: who is signed in, the login/logout calls, and a signal the API
// client raises on any 401 so the app can show the login page instead of a broken view.

export interface SessionUser { name: string; role: 'viewer' | 'analyst' | 'admin' }
export interface Me { user: SessionUser | null; singleUser: boolean }

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called by the API client when the server answers 401. */
export function notifyUnauthorized(): void {
  for (const listener of listeners) listener();
}

export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function csrfToken(): string | null {
  const m = /(?:^|;\s*)lantern_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** null when not logged in (401); any other failure throws. */
export async function fetchMe(): Promise<Me | null> {
  const res = await fetch('/api/me', { headers: { accept: 'application/json' } });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`The server answered ${res.status}.`);
  return (await res.json()) as Me;
}

export async function logIn(name: string, password: string): Promise<SessionUser> {
  const res = await fetch('/api/login', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  const body = (await res.json().catch(() => null)) as { user?: SessionUser; error?: { message: string } } | null;
  if (!res.ok || !body?.user) throw new Error(body?.error?.message ?? `Login failed (${res.status}).`);
  return body.user;
}

export async function logOut(): Promise<void> {
  const token = csrfToken();
  await fetch('/api/logout', { method: 'POST', headers: token ? { 'x-csrf-token': token } : {} });
}
