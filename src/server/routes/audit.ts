// /api/audit: the audit log for admins, newest first, paged like every list.

import { Hono } from 'hono';
import type { AccountStore } from '../../app/accounts.ts';
import { listAudit } from '../../app/audit.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { readPage } from '../query-params.ts';

export function auditRoutes(accounts: AccountStore): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();
  routes.get('/', async (c) => c.json(await listAudit(accounts, readPage((name) => c.req.query(name)))));
  return routes;
}
