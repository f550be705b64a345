// Store factory: the one place that knows which backends exist. Callers pass a config object and
// get the Store contract back, never a backend class.

import type { Store } from '../model/index.ts';
import { PostgresStore } from './postgres/store.ts';
import type { PostgresOptions } from './postgres/store.ts';
import { SqliteStore } from './sqlite/store.ts';

/** One variant per backend. PostgreSQL connects lazily, so the factory stays synchronous. */
export type StoreOptions =
  | { kind: 'sqlite'; path: string }
  | ({ kind: 'postgres' } & PostgresOptions);

/** @example const store = createStore({ kind: 'postgres', url: 'postgres://lantern@localhost/lantern' }) */
export function createStore(options: StoreOptions): Store {
  if (options.kind === 'postgres') return new PostgresStore(options);
  return new SqliteStore(options.path);
}

export { canonicalKey } from './canonical-key.ts';
export { toFtsQuery } from './sqlite/fts-query.ts';
export { PostgresStore } from './postgres/store.ts';
export { MIGRATIONS as POSTGRES_MIGRATIONS } from './postgres/migrations.ts';
export { PgJobQueue } from './postgres/job-queue.ts';
export type { ClaimedJob, JobCounts, NewJob } from './postgres/job-queue.ts';
export { SqliteAccountStore } from './sqlite/account-queries.ts';
export type { AuditEntry, AuditInput, Role, UserRow } from './sqlite/account-queries.ts';
export { SqliteWorkbenchStore } from './sqlite/workbench-queries.ts';
export type { BoardRow, CorrectionOp, CorrectionRow } from './sqlite/workbench-queries.ts';
