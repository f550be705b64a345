// Who may call what: every /api route with the least role it needs. The auth middleware looks each
// request up here, and a route missing from the table is refused to all but admins (and fails
// test/security-routes.test.ts), so a new route cannot slip out unguarded.

import type { Role } from '../../app/accounts.ts';

/** 'public' needs no login; the roles rank viewer < analyst < admin. */
export type Access = 'public' | Role;

export const ROUTE_TABLE: Readonly<Record<string, Access>> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/login': 'public',
  'POST /api/logout': 'public',
  'GET /api/me': 'viewer',
  'GET /api/documents': 'viewer',
  'GET /api/documents/:id': 'viewer',
  'GET /api/search': 'viewer',
  'GET /api/entities': 'viewer',
  'GET /api/entities/:id': 'viewer',
  'GET /api/entities/:id/neighbors': 'viewer',
  'GET /api/entities/:id/timeline': 'viewer',
  'POST /api/entities/merge': 'analyst',
  'POST /api/entities/:id/split': 'analyst',
  'PATCH /api/entities/:id': 'analyst',
  'POST /api/extractions/:documentId/:localId/accept': 'analyst',
  'POST /api/extractions/:documentId/:localId/reject': 'analyst',
  'GET /api/events': 'viewer',
  'GET /api/transfers': 'viewer',
  'GET /api/graph/neighbors': 'viewer',
  'GET /api/graph/places': 'viewer',
  'GET /api/facets': 'viewer',
  'GET /api/boards': 'viewer',
  'GET /api/boards/:id': 'viewer',
  'PUT /api/boards/:id': 'analyst',
  'DELETE /api/boards/:id': 'analyst',
  'GET /api/corrections': 'viewer',
  'POST /api/corrections': 'analyst',
  'GET /api/corrections/queue': 'viewer',
  'GET /api/corrections/entities': 'viewer',
  'GET /api/export/:kind': 'viewer',
  'GET /api/alerts': 'viewer',
  'GET /api/references': 'viewer',
  'GET /api/feeds': 'viewer',
  'POST /api/feeds': 'analyst',
  'DELETE /api/feeds/:id': 'analyst',
  'GET /api/watchlists': 'viewer',
  'POST /api/watchlists': 'analyst',
  'DELETE /api/watchlists/:id': 'analyst',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'DELETE /api/users/:name': 'admin',
  'GET /api/audit': 'admin',
};

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, admin: 3 };

export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

interface CompiledRoute { method: string; pattern: string; regex: RegExp; access: Access }

function compile(table: Readonly<Record<string, Access>>): CompiledRoute[] {
  return Object.entries(table).map(([key, access]) => {
    const [method = '', pattern = ''] = key.split(' ');
    const source = pattern.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    return { method, pattern, regex: new RegExp(`^${source}/?$`), access };
  });
}

// Literal segments before parameters, so 'POST /api/entities/merge' wins over a ':id' pattern.
const params = (r: CompiledRoute) => r.pattern.split('/').filter((part) => part.startsWith(':')).length;
const COMPILED = compile(ROUTE_TABLE).sort((a, b) => params(a) - params(b));

/** The table entry for a request; HEAD is answered like GET. Null when the route is not listed. */
export function findRoute(method: string, path: string): { pattern: string; access: Access } | null {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const hit = COMPILED.find((r) => r.method === wanted && r.regex.test(path));
  return hit ? { pattern: hit.pattern, access: hit.access } : null;
}
