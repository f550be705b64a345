// Every /api route against every role: the route table must list each served route, anonymous
// callers get 401 where a login is needed, lower roles 403, and the right role gets through.
// Also the session flow: cookies, CSRF double submit, Origin check, logout, body limit, audit.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../src/server/index.ts';
import { readConfig } from '../src/config/index.ts';
import { addUser, createToken, openAccounts, type Role } from '../src/app/accounts.ts';
import { ROUTE_TABLE, findRoute, hasRole } from '../src/server/auth/route-table.ts';
import { MemoryStore } from './support/memory-store.ts';

const accounts = openAccounts({ dbPath: ':memory:' });
const app = createServer({ store: new MemoryStore(), config: readConfig({}), accounts, webRoot: join(tmpdir(), 'lantern-no-web'), logError: () => {} });
const tokens = new Map<Role, string>();
const ROLES: Role[] = ['viewer', 'analyst', 'admin'];

before(async () => {
  for (const role of ROLES) {
    await addUser(accounts, `${role}1`, role, `${role}-password`, 'test');
    tokens.set(role, await createToken(accounts, `${role}1`, 'test', 'test'));
  }
});

const served = () => app.routes
  .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.includes('*'))
  .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`);

test('every served /api route has an entry in the route table, and every entry is served', () => {
  const routes = new Set(served());
  assert.ok(routes.size >= 14);
  for (const route of routes) assert.ok(route in ROUTE_TABLE, `${route} is not in src/server/auth/route-table.ts`);
  for (const route of Object.keys(ROUTE_TABLE)) assert.ok(routes.has(route), `${route} is in the table but not served`);
});

for (const [route, access] of Object.entries(ROUTE_TABLE)) {
  test(`${route} needs ${access}`, async () => {
    const [method = 'GET', pattern = ''] = route.split(' ');
    const path = pattern.replace(/:\w+/g, 'no-such-id');
    const call = (token?: string) => app.request(path, {
      method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: '{}' }),
    });
    const anonymous = await call();
    if (access === 'public') assert.ok(![401, 403].includes(anonymous.status), `anonymous got ${anonymous.status}`);
    else assert.equal(anonymous.status, 401);
    for (const role of ROLES) {
      const res = await call(tokens.get(role));
      const allowed = access === 'public' || hasRole(role, access);
      if (allowed) assert.ok(![401, 403].includes(res.status), `${role} got ${res.status}`);
      else assert.equal(res.status, 403, `${role} should be refused`);
    }
  });
}

test('a route missing from the table is for admins only', async () => {
  const res = await app.request('/api/not-in-the-table', { headers: { authorization: `Bearer ${tokens.get('analyst')}` } });
  assert.equal(res.status, 403);
  const admin = await app.request('/api/not-in-the-table', { headers: { authorization: `Bearer ${tokens.get('admin')}` } });
  assert.equal(admin.status, 404);
});

test('an unknown bearer token is refused', async () => {
  const res = await app.request('/api/documents', { headers: { authorization: 'Bearer lt_forged' } });
  assert.equal(res.status, 401);
});

async function loginAs(name: string, password: string, headers: Record<string, string> = {}) {
  return app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name, password }) });
}

function cookiesOf(res: Response): Map<string, string> {
  return new Map(res.headers.getSetCookie().map((line) => {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
  }));
}

test('login sets an HttpOnly SameSite session cookie; wrong passwords get 401', async () => {
  assert.equal((await loginAs('admin1', 'wrong-password')).status, 401);
  assert.equal((await loginAs('nobody', 'admin-password')).status, 401);
  const res = await loginAs('admin1', 'admin-password');
  assert.equal(res.status, 200);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('lantern_session='));
  assert.match(session ?? '', /HttpOnly/);
  assert.match(session ?? '', /SameSite=Strict/);
  assert.doesNotMatch(session ?? '', /Secure/);
});

test('Secure cookies behind a trusted https proxy only', async () => {
  const proxied = createServer({ store: new MemoryStore(), config: readConfig({}), accounts, trustProxy: true, webRoot: join(tmpdir(), 'lantern-no-web') });
  const login = (trust: typeof app) => trust.request('/api/login', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
    body: JSON.stringify({ name: 'viewer1', password: 'viewer-password' }),
  });
  assert.match((await login(proxied)).headers.getSetCookie().join('\n'), /lantern_session=[^\n]*Secure/);
  assert.doesNotMatch((await login(app)).headers.getSetCookie().join('\n'), /Secure/);
});

test('session: unsafe requests need the CSRF header and a same-site Origin; logout ends it', async () => {
  const res = await loginAs('admin1', 'admin-password');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const jar = cookiesOf(res);
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const me = await app.request('/api/me', { headers: { cookie } });
  assert.equal(((await me.json()) as { user: { name: string } }).user.name, 'admin1');
  const add = (headers: Record<string, string>) => app.request('/api/users', {
    method: 'POST', headers: { cookie, 'content-type': 'application/json', host: 'localhost', ...headers },
    body: JSON.stringify({ name: `u${Math.random().toString(36).slice(2, 8)}`, role: 'viewer', password: 'long-enough' }),
  });
  assert.equal((await add({})).status, 403);
  assert.equal((await add({ 'x-csrf-token': 'guess' })).status, 403);
  assert.equal((await add({ 'x-csrf-token': csrfToken, origin: 'https://evil.example' })).status, 403);
  assert.equal((await add({ 'x-csrf-token': csrfToken, origin: 'http://localhost' })).status, 201);
  await app.request('/api/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
  assert.equal((await app.request('/api/me', { headers: { cookie } })).status, 401);
});

test('user changes are audited and the audit log is for admins', async () => {
  const admin = { authorization: `Bearer ${tokens.get('admin')}`, 'content-type': 'application/json' };
  await app.request('/api/users', { method: 'POST', headers: admin, body: JSON.stringify({ name: 'audited', role: 'analyst', password: 'long-enough' }) });
  await app.request('/api/users/audited', { method: 'DELETE', headers: admin });
  const res = await app.request('/api/audit?limit=50', { headers: admin });
  const { items } = (await res.json()) as { items: { actor: string; action: string; subject: string }[] };
  assert.ok(items.some((e) => e.action === 'user.add' && e.subject === 'audited' && e.actor === 'admin1'));
  assert.ok(items.some((e) => e.action === 'user.remove' && e.subject === 'audited'));
  assert.ok(items.some((e) => e.action === 'DELETE /api/users/:name' && e.subject === '/api/users/audited'));
});

test('request bodies over the limit get 413', async () => {
  const res = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
  assert.equal(res.status, 413);
});

test('without any account every route is open (single-user mode on loopback)', async () => {
  const single = createServer({ store: new MemoryStore(), config: readConfig({}), webRoot: join(tmpdir(), 'lantern-no-web') });
  assert.equal((await single.request('/api/documents')).status, 200);
  const me = (await (await single.request('/api/me')).json()) as { singleUser: boolean };
  assert.equal(me.singleUser, true);
});

test('a literal path wins over a parameter pattern in the table', () => {
  assert.equal(findRoute('GET', '/api/corrections/queue')?.pattern, '/api/corrections/queue');
  assert.equal(findRoute('HEAD', '/api/documents/abc')?.pattern, '/api/documents/:id');
  assert.equal(findRoute('GET', '/api/documents/abc/extra'), null);
});
