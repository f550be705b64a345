// App: one cross-document resolver per store. Its state lives in the store (versioned, so a CLI
// ingest and a running server stay in step); each change writes only the assignments it moved.

import type { ClusterAssignment, ExtractionRecord, ResolutionUpdate, ResolvedCluster, SaveItem, SaveOutcome, Store } from '../model/index.ts';
import { LanternError } from '../model/index.ts';
import { createResolver, type Correction, type Resolver } from '../resolve/index.ts';
import { resolveEventFilter, resolveTransferFilter } from './resolution-parties.ts';
import { assembleState, PartTracker } from './resolution-state.ts';

const RETRIES = 5;
// Ingest saves documents one by one; resolving and saving them in runs keeps the cost of writing
// the changed parts off every single document. Reads and corrections flush first.
const BATCH = 50;
const FLUSH_MS = 1000;
// A flush costs time that grows with the graph (it diffs and serialises the state): waiting nine
// times the last flush's cost before the next keeps resolution under a tenth of a bulk ingest.
const FLUSH_SPACING = 9;
// Documents resolved by catchUp between two saves.
const CATCH_UP_SAVE = 5000;
const mapKey = (document: string, localId: string) => `${document}\u0000${localId}`;

type GraphChanges = Pick<ResolutionUpdate, 'clusters' | 'removedClusters' | 'documents' | 'assignments'>;

export interface EntityClusters {
  clusterOf(document: string, localId: string): string | undefined;
  nameOf(cluster: string): string | undefined;
}

/** The resolver of one store, kept in step with the store's saved state. */
export class Resolution {
  private resolver: Resolver = createResolver();
  private version = -1;
  private mapping = new Map<string, string | null>();
  private clusterSigs = new Map<string, string>();
  private caughtUp = false;
  private parts = new PartTracker(createResolver().peekState());
  /** Documents saved but not yet resolved: the record to add, or null to remove the document. */
  private readonly pending = new Map<string, ExtractionRecord | null>();
  private lastFlush = Date.now();
  private lastFlushMs = 0;

  constructor(private readonly store: Store) {}

  /** The current resolver (reloaded first when another process saved a newer state). Read-only use. */
  async current(): Promise<Resolver> {
    await this.flush();
    await this.sync(false);
    if (!this.caughtUp) await this.resolveMissing();
    return this.resolver;
  }

  /** Record entity (document, local id) -> its cluster, and cluster -> name, as last resolved. */
  async entityClusters(): Promise<EntityClusters> {
    await this.current();
    const [mapping, sigs] = [this.mapping, this.clusterSigs];
    return {
      clusterOf: (document, localId) => mapping.get(mapKey(document, localId)) ?? undefined,
      nameOf: (cluster) => sigs.get(cluster)?.split('\u0000')[1],
    };
  }

  /**
   * Resolves and saves the stored documents the saved graph lacks: queue workers only extract and
   * store, so their documents join the graph here (when a worker goes idle, or at the next read).
   * Returns how many were added; costs one count when none are missing.
   */
  async resolveStored(): Promise<number> {
    await this.flush();
    await this.sync(false);
    return this.resolveMissing();
  }

  /** resolveStored once flushed and in step with the saved graph; reloads only after losing a race. */
  private async resolveMissing(): Promise<number> {
    for (let attempt = 0; attempt < RETRIES; attempt += 1) {
      if (attempt > 0) await this.sync(false);
      if ((await this.store.unresolvedDocuments(null, 1)).length === 0) {
        this.caughtUp = true;
        return 0;
      }
      this.caughtUp = false;
      const added = await this.catchUp([]);
      if (this.version >= 0) return added;
    }
    throw new LanternError('conflict', 'the entity graph kept changing while stored documents were resolved; try again');
  }

  /** Queues a saved document; the run is resolved and saved when full, after a second, or on flush. */
  async addRecord(record: ExtractionRecord): Promise<void> {
    await this.addRecords([record]);
  }

  /** Queues saved documents together (one flush check for all of them). */
  async addRecords(records: readonly ExtractionRecord[]): Promise<void> {
    for (const record of records) this.pending.set(record.document.id, record);
    const since = Date.now() - this.lastFlush;
    if ((this.pending.size >= BATCH || since >= FLUSH_MS) && since >= FLUSH_SPACING * this.lastFlushMs) await this.flush();
  }

  async removeDocument(id: string): Promise<void> {
    this.pending.set(id, null);
    await this.flush();
  }

  async correct(correction: Correction): Promise<void> {
    await this.flush();
    await this.change((r) => { r.addCorrection(correction); }, []);
  }

  /** Resolves and saves the queued documents (a crash before this is healed by catchUp on reopen). */
  async flush(): Promise<void> {
    const start = Date.now();
    this.lastFlush = start;
    if (this.pending.size === 0) return;
    const run = new Map(this.pending);
    this.pending.clear();
    try {
      await this.change((r) => {
        let adds: ExtractionRecord[] = [];
        for (const [id, record] of run) {
          if (record) { adds.push(record); continue; }
          r.addRecords(adds);
          adds = [];
          r.removeDocument(id);
        }
        r.addRecords(adds);
      }, [...run.keys()]);
    } finally {
      this.lastFlush = Date.now();
      this.lastFlushMs = this.lastFlush - start;
    }
  }

  /** Applies `edit` and saves; when another writer saved first, reloads and applies it again. */
  private async change(edit: (r: Resolver) => void, documents: string[]): Promise<void> {
    for (let attempt = 0; attempt < RETRIES; attempt += 1) {
      await this.sync(true, documents);
      edit(this.resolver);
      const saved = await this.store.saveResolution(this.diff(documents), this.version);
      if (saved !== null) { this.version = saved; return; }
      this.version = -1; // force a reload
    }
    throw new LanternError('conflict', 'the entity graph kept changing under this update; try again');
  }

  /** Reloads a newer saved state; writers also resolve documents stored without resolution. */
  private async sync(write: boolean, queued: readonly string[] = []): Promise<void> {
    if (this.version < 0 || (await this.store.resolutionVersion()) !== this.version) {
      const saved = await this.store.loadResolution();
      this.resolver = createResolver(assembleState(saved));
      this.parts = new PartTracker(this.resolver.peekState());
      this.version = saved.version;
      [this.mapping, this.clusterSigs] = [this.currentMapping(), this.currentClusters()];
      this.caughtUp = false;
    }
    if (write && !this.caughtUp) await this.catchUp(queued);
  }

  /**
   * Documents stored but never resolved (an older database, or a crash between the two writes).
   * The run being flushed is left to the flush: taking it here would resolve it in listing order
   * first, so the graph would depend on where batches happened to end.
   */
  private async catchUp(queued: readonly string[]): Promise<number> {
    const skip = new Set(queued);
    let added = 0;
    let unsaved: string[] = [];
    // Records are resolved a page at a time and saved every few thousand documents: a store of
    // 100,000 unresolved documents is never read into memory at once, nor saved in one piece.
    const save = async (): Promise<boolean> => {
      const saved = await this.store.saveResolution(this.diff(unsaved), this.version);
      this.version = saved ?? -1;
      unsaved = [];
      return saved !== null;
    };
    // The store says which documents no saved resolution covers (new ones, and ones saved again
    // with a changed record), in id order: each page is read after the last id seen.
    for (let after: string | null = null; ;) {
      const ids = await this.store.unresolvedDocuments(after, 100);
      if (ids.length === 0) break;
      after = ids[ids.length - 1] ?? null;
      // A page's records are read together: on PostgreSQL each is a round trip.
      const records = (await Promise.all(ids.filter((id) => !skip.has(id)).map((id) => this.store.getRecord(id))))
        .filter((r): r is ExtractionRecord => r !== null);
      this.resolver.addRecords(records);
      unsaved.push(...records.map((r) => r.document.id));
      added += records.length;
      if (unsaved.length >= CATCH_UP_SAVE && !(await save())) break; // another writer saved first
    }
    if (unsaved.length > 0) await save();
    this.caughtUp = this.version >= 0;
    return added;
  }

  private currentMapping(): Map<string, string | null> {
    const map = new Map<string, string | null>();
    for (const m of this.resolver.members()) {
      const cluster = this.resolver.clusterOf(m.key) ?? null;
      for (const id of m.entityIds) map.set(mapKey(m.document, id), cluster);
    }
    return map;
  }

  private currentClusters(): Map<string, string> {
    return new Map(this.resolver.clusters().map((c) => [c.id, `${c.type}\u0000${c.name}`]));
  }

  /** What changed since the last save: moved assignments (all of `documents`'), changed clusters. */
  private diff(documents: readonly string[]): Parameters<Store['saveResolution']>[0] {
    const touched = this.resolver.takeTouched();
    const state = this.resolver.peekState();
    const graph = state.corrections.length === 0 ? this.runDiff(documents, touched) : this.wholeGraphDiff(documents);
    const { shared, parts } = this.parts.changes(state, documents, (k) => this.resolver.assignedCluster(k));
    return { state: shared, parts, ...graph };
  }

  /**
   * Without corrections only the run's documents' members were placed, and only the clusters they
   * joined or left changed: the diff costs the run, not the graph (which a bulk ingest saves
   * after every few thousand documents).
   */
  private runDiff(documents: readonly string[], touched: readonly string[]): GraphChanges {
    const state = this.resolver.peekState();
    const assignments: ClusterAssignment[] = [];
    for (const id of new Set(documents)) {
      for (const key of state.documents[id]?.members ?? []) {
        const m = state.members[key];
        const clusterId = this.resolver.assignedCluster(key) ?? null;
        for (const localId of m?.entityIds ?? []) {
          assignments.push({ documentId: id, localId, clusterId });
          this.mapping.set(mapKey(id, localId), clusterId);
        }
      }
    }
    const changed: ResolvedCluster[] = [];
    const removedClusters: string[] = [];
    for (const id of touched) {
      const c = state.clusters[id];
      if (!c) {
        if (this.clusterSigs.delete(id)) removedClusters.push(id);
        continue;
      }
      const sig = `${c.type}\u0000${c.name}`;
      if (this.clusterSigs.get(id) !== sig) { changed.push({ id, type: c.type, name: c.name }); this.clusterSigs.set(id, sig); }
    }
    return { clusters: changed, removedClusters, documents: [...new Set(documents)], assignments };
  }

  /** The diff of two whole views: after corrections, any entity may have moved. */
  private wholeGraphDiff(documents: readonly string[]): GraphChanges {
    const mapping = this.currentMapping();
    const clusters = this.currentClusters();
    const whole = new Set(documents);
    const assignments: ClusterAssignment[] = [];
    for (const [key, clusterId] of mapping) {
      const [documentId = '', localId = ''] = key.split('\u0000');
      if (whole.has(documentId) || this.mapping.get(key) !== clusterId) assignments.push({ documentId, localId, clusterId });
    }
    const changed: ResolvedCluster[] = [];
    for (const c of this.resolver.clusters()) {
      if (this.clusterSigs.get(c.id) !== clusters.get(c.id)) changed.push({ id: c.id, type: c.type, name: c.name });
    }
    const removedClusters = [...this.clusterSigs.keys()].filter((id) => !clusters.has(id));
    [this.mapping, this.clusterSigs] = [mapping, clusters];
    return { clusters: changed, removedClusters, documents: [...whole], assignments };
  }
}

const byStore = new WeakMap<Store, Resolution>();

/** The store's resolution (one per store object); a resolving store shares its inner store's. */
export function resolutionOf(store: Store): Resolution {
  const inner = store instanceof ResolvingStore ? store.inner : store;
  let found = byStore.get(inner);
  if (!found) { found = new Resolution(inner); byStore.set(inner, found); }
  return found;
}

/** A store whose saves and deletes also update the entity graph. */
export class ResolvingStore implements Store {
  constructor(readonly inner: Store) {}

  async saveDocument(...args: Parameters<Store['saveDocument']>): ReturnType<Store['saveDocument']> {
    const outcome = await this.inner.saveDocument(...args);
    if (outcome !== 'unchanged') await resolutionOf(this.inner).addRecord(args[1]);
    return outcome;
  }

  async saveDocuments(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    const outcomes: SaveOutcome[] = [];
    if (this.inner.saveDocuments) outcomes.push(...await this.inner.saveDocuments(items));
    else for (const { doc, record } of items) outcomes.push(await this.inner.saveDocument(doc, record));
    // The whole batch is queued before any flush, so a flush never finds some of it stored but not queued.
    await resolutionOf(this.inner).addRecords(items.filter((_, i) => outcomes[i] !== 'unchanged').map((item) => item.record));
    return outcomes;
  }

  async deleteDocument(id: string): Promise<boolean> {
    const removed = await this.inner.deleteDocument(id);
    await resolutionOf(this.inner).removeDocument(id);
    return removed;
  }

  hasContent: Store['hasContent'] = (h) => this.inner.hasContent(h);
  getDocument: Store['getDocument'] = (id) => this.inner.getDocument(id);
  getRecord: Store['getRecord'] = (id) => this.inner.getRecord(id);
  listDocuments: Store['listDocuments'] = (page) => this.inner.listDocuments(page);
  search: Store['search'] = (q, page) => this.inner.search(q, page);
  // Entity reads first resolve what this process has queued, so it always reads its own writes.
  listEntities: Store['listEntities'] = async (filter) => { await this.flushed(); return this.inner.listEntities(filter); };
  getEntity: Store['getEntity'] = async (id) => { await this.flushed(); return this.inner.getEntity(id); };
  listMentions: Store['listMentions'] = async (id, page) => { await this.flushed(); return this.inner.listMentions(id, page); };
  // Parties are read by cluster: queued documents are resolved first, and a filter's name or key
  // becomes its cluster id.
  listEvents: Store['listEvents'] = async (filter) => {
    await this.flushed();
    return this.inner.listEvents(await resolveEventFilter(this.inner, () => this.resolver(), filter));
  };
  listTransfers: Store['listTransfers'] = async (filter) => {
    await this.flushed();
    return this.inner.listTransfers(await resolveTransferFilter(this.inner, () => this.resolver(), filter));
  };
  loadResolution: Store['loadResolution'] = () => this.inner.loadResolution();
  resolutionVersion: Store['resolutionVersion'] = () => this.inner.resolutionVersion();
  saveResolution: Store['saveResolution'] = (u, v) => this.inner.saveResolution(u, v);
  unresolvedDocuments: Store['unresolvedDocuments'] = (after, limit) => this.inner.unresolvedDocuments(after, limit);
  /** Resolves what this process queued and, once per graph version, what other processes stored unresolved. */
  private async flushed(): Promise<void> {
    await resolutionOf(this.inner).current();
  }
  private resolver(): Promise<Resolver> {
    return resolutionOf(this.inner).current();
  }

  async close(): Promise<void> {
    try {
      await resolutionOf(this.inner).flush();
    } finally {
      await this.inner.close();
    }
  }
}

/** Wraps a store so ingest keeps the entity graph current; wrapping twice is harmless. */
export function withResolution(store: Store): Store {
  return store instanceof ResolvingStore ? store : new ResolvingStore(store);
}

/** Resolves the documents of `store` that are stored but not yet in the entity graph; returns how many. */
export function resolveStoredDocuments(store: Store): Promise<number> {
  return resolutionOf(store).resolveStored();
}
