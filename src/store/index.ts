// Store factory: the one place that knows which backends exist. Callers pass a config object and
// get the Store contract back, never a backend class.

import type { Store } from '../model/index.ts';
import { SqliteStore } from './sqlite/store.ts';

/** One variant per backend; PostgreSQL joins as `{ kind: 'postgres'; url }` when it lands. */
export type StoreOptions = { kind: 'sqlite'; path: string };

/** @example const store = createStore({ kind: 'sqlite', path: 'data/lantern.db' }) */
export function createStore(options: StoreOptions): Store {
  return new SqliteStore(options.path);
}

export { canonicalKey } from './canonical-key.ts';
export { toFtsQuery } from './sqlite/fts-query.ts';
export { SqliteAccountStore } from './sqlite/account-queries.ts';
export type { AuditEntry, AuditInput, Role, UserRow } from './sqlite/account-queries.ts';
export { SqliteWorkbenchStore } from './sqlite/workbench-queries.ts';
export type { BoardRow, CorrectionOp, CorrectionRow } from './sqlite/workbench-queries.ts';
