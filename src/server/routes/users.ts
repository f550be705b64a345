// /api/users: admins list, add and remove local accounts. Each change lands in the audit log
// under the admin who made it.

import { Hono } from 'hono';
import { addUser, readRole, removeUser, type AccountStore } from '../../app/accounts.ts';
import { ValidationError } from '../../model/index.ts';
import type { AuthEnv } from '../auth/middleware.ts';

export function userRoutes(accounts: AccountStore): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();

  routes.get('/', async (c) => c.json({ items: await accounts.listUsers() }));

  routes.post('/', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const { name, role, password } = body ?? {};
    if (typeof name !== 'string' || typeof role !== 'string' || typeof password !== 'string') {
      throw new ValidationError('send {"name", "role", "password"} as JSON');
    }
    const user = await addUser(accounts, name, readRole(role), password, c.get('user')?.name ?? 'unknown');
    return c.json(user, 201);
  });

  routes.delete('/:name', async (c) => {
    await removeUser(accounts, c.req.param('name'), c.get('user')?.name ?? 'unknown');
    return c.body(null, 204);
  });

  return routes;
}
