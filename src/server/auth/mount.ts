// Puts accounts on the app: request size limit, the auth middleware for every /api route, and
// the login, users and audit routes. Called by createServer before any other route is mounted.

import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { openAccounts, type AccountStore } from '../../app/accounts.ts';
import { LanternError } from '../../model/index.ts';
import { auditRoutes } from '../routes/audit.ts';
import { authRoutes } from '../routes/auth.ts';
import { userRoutes } from '../routes/users.ts';
import { requireAuth } from './middleware.ts';

/** Largest request body the API accepts (JSON edits, logins); documents arrive through ingest. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export interface AuthOptions {
  /** Accounts store; without one, a throwaway empty one (single-user mode). */
  accounts?: AccountStore;
  /** Trust X-Forwarded-Proto from a reverse proxy when deciding on Secure cookies. */
  trustProxy?: boolean;
}

export function mountAuth(app: Hono, opts: AuthOptions): void {
  const accounts = opts.accounts ?? openAccounts({ dbPath: ':memory:' });
  app.use('/api/*', bodyLimit({
    maxSize: MAX_REQUEST_BYTES,
    onError: () => { throw new LanternError('too_large', `request body over ${MAX_REQUEST_BYTES} bytes`); },
  }));
  app.use('/api/*', requireAuth(accounts));
  app.route('/api', authRoutes(accounts, opts.trustProxy ?? false));
  app.route('/api/users', userRoutes(accounts));
  app.route('/api/audit', auditRoutes(accounts));
}
