// App: copies a workbench from one store to another (SQLite file → PostgreSQL). Documents travel
// with their extraction records; the target store derives entities, mentions, events and
// transfers from them exactly as at ingest, so the copy answers every query as the source did.
// The side stores (accounts, workbench, monitoring) follow, table by table.

import { LanternError } from '../model/index.ts';
import type { ClusterAssignment, ResolutionState, ResolutionUpdate, Store } from '../model/index.ts';
import { createResolver } from '../resolve/index.ts';
import type { Resolver } from '../resolve/index.ts';
import type { AccountStore, MonitorStore, TableCopy, WorkbenchStore } from '../store/index.ts';
import { assembleState } from './resolution-state.ts';

export interface CopyProgress {
  done: number;
  total: number;
}

export interface CopySummary {
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
  resolutionVersion: number | null;
}

const PAGE = 200;

/** Copies every document and record; a target that already holds a document keeps it ('unchanged'). */
export async function copyStore(from: Store, to: Store, onProgress?: (p: CopyProgress) => void): Promise<CopySummary> {
  const summary: CopySummary = { documents: 0, created: 0, updated: 0, unchanged: 0, resolutionVersion: null };
  const total = (await from.listDocuments({ limit: 1 })).total;
  onProgress?.({ done: 0, total });
  // Ids first, then one document at a time: the listing's order must not shift under the copy.
  const ids: string[] = [];
  for (let offset = 0; offset < total; offset += PAGE) {
    for (const item of (await from.listDocuments({ limit: PAGE, offset })).items) ids.push(item.id);
  }
  for (const id of ids) {
    const doc = await from.getDocument(id);
    const record = await from.getRecord(id);
    if (!doc || !record) throw new LanternError('store_query', `document ${id} vanished from the source during the copy`);
    const outcome = await to.saveDocument(doc, record);
    summary[outcome] += 1;
    summary.documents += 1;
    onProgress?.({ done: summary.documents, total });
  }
  summary.resolutionVersion = await copyResolution(from, to);
  return summary;
}

/**
 * The resolver's saved state, when the source has one, with the clusters and assignments it
 * implies: entities keep their cluster ids, so corrections and boards naming them still apply.
 */
async function copyResolution(from: Store, to: Store): Promise<number | null> {
  const source = await from.loadResolution();
  if (source.state === null) return null;
  const target = await to.loadResolution();
  if (target.state === source.state) return target.version;
  const update = { state: source.state, parts: source.parts ?? [], removedClusters: [], ...graphOf(source) };
  return to.saveResolution(update, target.version);
}

/** Clusters and assignments of a saved state; none when this resolver cannot read it (the next resolve rebuilds them). */
function graphOf(saved: ResolutionState): Pick<ResolutionUpdate, 'clusters' | 'documents' | 'assignments'> {
  let resolver: Resolver;
  try {
    resolver = createResolver(assembleState(saved));
  } catch {
    return { clusters: [], documents: [], assignments: [] };
  }
  const assignments: ClusterAssignment[] = [];
  for (const m of resolver.members()) {
    const clusterId = resolver.clusterOf(m.key) ?? null;
    for (const localId of m.entityIds) assignments.push({ documentId: m.document, localId, clusterId });
  }
  const clusters = resolver.clusters().map((c) => ({ id: c.id, type: c.type, name: c.name }));
  return { clusters, documents: resolver.documentIds(), assignments };
}

/** The stores beside the documents: accounts and audit log, boards and corrections, monitoring. */
export interface SideStores { accounts: AccountStore; workbench: WorkbenchStore; monitor: MonitorStore }

export const SIDE_TABLES = [
  'users', 'tokens', 'audit', 'boards', 'corrections', 'feeds', 'feedItems', 'watches', 'alerts', 'references',
] as const;
export type SideTable = typeof SIDE_TABLES[number];
export type SideCopySummary = Record<SideTable, TableCopy>;

/**
 * Copies users (with their password hashes), API tokens, the audit log, boards, corrections, feeds
 * with the items already taken, watchlists, alerts and reference records. Each store's import
 * adds only what the target lacks, so a second run adds nothing. Sessions are not copied.
 */
export async function copySideStores(from: SideStores, to: SideStores, onTable?: (table: SideTable, copy: TableCopy) => void): Promise<SideCopySummary> {
  const summary: Partial<SideCopySummary> = {};
  const report = (copies: Partial<SideCopySummary>) => {
    for (const table of SIDE_TABLES) {
      const copy = copies[table];
      if (copy) { summary[table] = copy; onTable?.(table, copy); }
    }
  };
  // Accounts first: tokens name their users. Alerts follow their watches inside the monitor copy.
  report(await to.accounts.importAll(await from.accounts.exportAll()));
  report(await to.workbench.importAll(await from.workbench.exportAll()));
  report(await to.monitor.importAll(await from.monitor.exportAll()));
  return summary as SideCopySummary;
}
