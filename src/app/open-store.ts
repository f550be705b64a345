// App: opens the stores the configuration names: PostgreSQL when LANTERN_PG_URL is set, else the
// SQLite file at LANTERN_DB. The CLI, the server and `npm start` go through here, so none of them
// needs to know which backend sits behind the Store and side-store contracts.

import type { LanternConfig } from '../config/index.ts';
import type { Store } from '../model/index.ts';
import { createStore } from '../store/index.ts';
import type { StoreOptions } from '../store/index.ts';
import { withResolution } from './resolution.ts';

/** The part of the configuration that picks the backend; no pgUrl means SQLite. */
export type StoreConfig = Pick<LanternConfig, 'dbPath'> & Partial<Pick<LanternConfig, 'pgUrl'>>;

/** PostgreSQL at `config.pgUrl` when there is one, else the SQLite database at `config.dbPath`. */
export function storeOptions(config: StoreConfig): StoreOptions {
  return config.pgUrl ? { kind: 'postgres', url: config.pgUrl } : { kind: 'sqlite', path: config.dbPath };
}

/** The configured store, created and migrated on first use; saves keep the entity graph current. */
export function openStore(config: StoreConfig): Store {
  return withResolution(createStore(storeOptions(config)));
}
