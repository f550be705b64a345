// App: opens the store the configuration names. The CLI and `npm start` go through here, so
// neither needs to know which backend sits behind the Store contract.

import type { LanternConfig } from '../config/index.ts';
import type { Store } from '../model/index.ts';
import { createStore } from '../store/index.ts';
import { withResolution } from './resolution.ts';

/** The SQLite database at `config.dbPath`, created and migrated on first use; saves keep the entity graph current. */
export function openStore(config: Pick<LanternConfig, 'dbPath'>): Store {
  return withResolution(createStore({ kind: 'sqlite', path: config.dbPath }));
}
