// Store factory: the one place that knows which backends exist. Callers pass a config object and
// get the Store contract back, never a backend class.

import type { Store } from '../model/index.ts';
import type { AccountStore } from '../model/account-store.ts';
import type { MonitorStore } from '../model/monitor-store.ts';
import type { WorkbenchStore } from '../model/workbench-store.ts';
import { PgAccountStore } from './postgres/account-queries.ts';
import { PgMonitorStore } from './postgres/monitor-queries.ts';
import { PgWorkbenchStore } from './postgres/workbench-queries.ts';
import { PostgresStore } from './postgres/store.ts';
import type { PostgresOptions } from './postgres/store.ts';
import { SqliteStore } from './sqlite/store.ts';
import { SqliteAccountStore } from './sqlite/account-queries.ts';
import { SqliteMonitorStore } from './sqlite/monitor-queries.ts';
import { SqliteWorkbenchStore } from './sqlite/workbench-queries.ts';

/** One variant per backend. PostgreSQL connects lazily, so the factory stays synchronous. */
export type StoreOptions =
  | { kind: 'sqlite'; path: string }
  | ({ kind: 'postgres' } & PostgresOptions);

/** @example const store = createStore({ kind: 'postgres', url: 'postgres://lantern@localhost/lantern' }) */
export function createStore(options: StoreOptions): Store {
  if (options.kind === 'postgres') return new PostgresStore(options);
  return new SqliteStore(options.path);
}

/** Users, sessions, API tokens and the audit log, beside the documents of the same backend. */
export function createAccountStore(options: StoreOptions): AccountStore {
  return options.kind === 'postgres' ? new PgAccountStore(options) : new SqliteAccountStore(options.path);
}

/** Boards and corrections, beside the documents of the same backend. */
export function createWorkbenchStore(options: StoreOptions): WorkbenchStore {
  return options.kind === 'postgres' ? new PgWorkbenchStore(options) : new SqliteWorkbenchStore(options.path);
}

/** Feeds, watchlists, alerts and reference records, beside the documents of the same backend. */
export function createMonitorStore(options: StoreOptions): MonitorStore {
  return options.kind === 'postgres' ? new PgMonitorStore(options) : new SqliteMonitorStore(options.path);
}

export { canonicalKey } from './canonical-key.ts';
export { toFtsQuery } from './sqlite/fts-query.ts';
export { PostgresStore } from './postgres/store.ts';
export { MIGRATIONS as POSTGRES_MIGRATIONS } from './postgres/migrations.ts';
export { PgJobQueue } from './postgres/job-queue.ts';
export type { ClaimedJob, JobCounts, NewJob } from './postgres/job-queue.ts';
export { PgAccountStore, PgMonitorStore, PgWorkbenchStore, SqliteAccountStore, SqliteMonitorStore, SqliteWorkbenchStore };
export type { AccountDump, AccountStore, AuditEntry, AuditInput, Role, TableCopy, UserRow } from '../model/account-store.ts';
export type { BoardRow, CorrectionOp, CorrectionRow, WorkbenchDump, WorkbenchStore } from '../model/workbench-store.ts';
export type {
  AlertRow, FeedRow, MonitorCopy, MonitorDump, MonitorStore, ReferenceInput, ReferenceRow, WatchKind, WatchRow,
} from '../model/monitor-store.ts';
