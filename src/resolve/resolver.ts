// The incremental cross-document resolver: each added record's members join the best agreeing
// cluster or start one; re-adding a document replaces its previous version; corrections re-apply.

import { EXTRACTION_SCHEMA, ValidationError, type ExtractionRecord } from '../model/index.ts';
import { ClusterChanges } from './cluster-changes.ts';
import { ClusterIndex } from './cluster-index.ts';
import { ClusterProfile } from './cluster-profile.ts';
import { applyCorrections, validateCorrection, type CorrectedView } from './corrections.ts';
import { effectiveCountry, strongKeys, weakKeys } from './match.ts';
import { personParts } from './name-parts.ts';
import { edgesOf, factsOf } from './relations.ts';
import { roleTimelines, type RoleSpell } from './timelines.ts';
import type { Cluster, Correction, DocumentMember, Edge, Member, ResolutionDelta, ResolverState } from './types.ts';
import { membersOf } from './within-document.ts';

export interface Resolver {
  /** Resolves one record (a new document or a new version of one) into the graph. */
  addRecord(record: ExtractionRecord): ResolutionDelta;
  /** Resolves records in order as addRecord would one by one, without the deltas: bulk ingest. */
  addRecords(records: readonly ExtractionRecord[]): void;
  removeDocument(id: string): void;
  /** Records a correction and re-applies all corrections. */
  addCorrection(correction: Correction): void;
  /** Clusters after corrections. */
  clusters(): Cluster[];
  /** Cluster id of a member key (after corrections), if not rejected. */
  clusterOf(memberKey: string): string | undefined;
  /** One cluster after corrections, by id. */
  cluster(id: string): Cluster | undefined;
  members(): Member[];
  member(key: string): Member | undefined;
  /**
   * The relations the given records state, between clusters (after corrections). The graph keeps
   * no facts: they are read again from the records, which the store holds anyway.
   */
  edges(records: readonly ExtractionRecord[]): Edge[];
  timelines(records: readonly ExtractionRecord[]): Map<string, RoleSpell[]>;
  /** A JSON-serialisable copy of the state; `createResolver(state)` resumes from it. */
  state(): ResolverState;
  /**
   * The live state, for readers that only look (saving the changed parts): no deep copy of the
   * whole graph on every save. Valid until the next change; never to be modified.
   */
  peekState(): Readonly<ResolverState>;
  /** Ids of the documents the graph holds. */
  documentIds(): string[];
  /** A member's cluster before corrections (a plain lookup: no corrected view is built). */
  assignedCluster(memberKey: string): string | undefined;
  /**
   * Ids of the clusters members joined or left since the last call (before corrections). Without
   * corrections, nothing else changes: members never move between clusters on their own.
   */
  takeTouched(): string[];
}

/** Clusters from this many members on keep their profile (see `profiles`). */
const KEPT_PROFILE = 16;

function emptyState(): ResolverState {
  return { version: 1, nextCluster: 1, members: {}, clusters: {}, documents: {}, corrections: [] };
}

function validateRecord(record: ExtractionRecord): void {
  if (record?.schema !== EXTRACTION_SCHEMA) throw new ValidationError(`record schema must be ${EXTRACTION_SCHEMA}`);
  if (typeof record.document?.id !== 'string' || record.document.id === '') throw new ValidationError('record.document.id is required');
  if (!Array.isArray(record.entities)) throw new ValidationError('record.entities must be an array');
}

/** The automatic clustering plus its blocking index; corrections are applied on top, lazily. */
class IncrementalResolver implements Resolver {
  private readonly index = new ClusterIndex();
  private readonly clusterOfMember = new Map<string, string>();
  /**
   * Per large cluster, what joining it needs to know, kept as members come and go (never re-read
   * whole). Most clusters have a member or two: theirs is read from the members when asked, since
   * a kept profile per cluster would take more memory than the whole graph besides.
   */
  private readonly profiles = new Map<string, ClusterProfile>();
  /** Ids of clusters emptied by removing a document, by member key: re-adding it reuses them. */
  private readonly freed = new Map<string, string>();
  private view: CorrectedView | null = null;
  private readonly touched = new Set<string>();
  /** Set while addRecord notes what it changes (when there are no corrections to re-apply). */
  private changes: ClusterChanges | null = null;

  constructor(private readonly data: ResolverState) {
    for (const c of Object.values(data.clusters)) {
      for (const k of c.members) {
        const m = data.members[k];
        if (m) { this.index.add(m, c.id); this.clusterOfMember.set(k, c.id); }
      }
      if (c.members.length >= KEPT_PROFILE) this.profileOf(c);
    }
  }

  addRecord(record: ExtractionRecord): ResolutionDelta {
    validateRecord(record);
    if (this.data.corrections.length === 0) {
      // Without corrections the view is the clustering itself: note the clusters touched instead
      // of copying and comparing the whole view, a cost that grows with the graph.
      const changes = new ClusterChanges();
      this.changes = changes;
      try {
        const members = this.placeRecord(record);
        return changes.delta(record.document.id, members, this.data.clusters, this.clusterOfMember);
      } finally {
        this.changes = null;
      }
    }
    const before = this.corrected();
    const members = this.placeRecord(record);
    return deltaOf(record.document.id, members, before, this.corrected());
  }

  // The delta compares the whole corrected view before and after, a cost per record that grows
  // with the graph; bulk adds skip it.
  addRecords(records: readonly ExtractionRecord[]): void {
    for (const record of records) validateRecord(record);
    for (const record of records) this.placeRecord(record);
  }

  /** Places a record's members, replacing the document's earlier version. */
  private placeRecord(record: ExtractionRecord): Member[] {
    this.removeDocument(record.document.id);
    const members = membersOf(record).map(placed);
    // Full names first, so that surname-only members find them.
    const order = [...members].sort((a, b) => personParts(b.name).tokens.length - personParts(a.name).tokens.length);
    for (const m of order) this.place(m);
    this.freed.clear();
    this.data.documents[record.document.id] = { published: record.document.published, members: members.map((m) => m.key) };
    this.view = null;
    return members;
  }

  removeDocument(id: string): void {
    const doc = this.data.documents[id];
    if (!doc) return;
    for (const key of doc.members) this.detach(key);
    delete this.data.documents[id];
    this.view = null;
  }

  addCorrection(correction: Correction): void {
    validateCorrection(correction);
    this.data.corrections.push(correction);
    this.view = null;
  }

  clusters(): Cluster[] { return [...this.corrected().clusters.values()]; }
  clusterOf(memberKey: string): string | undefined { return this.corrected().clusterOf.get(memberKey); }
  cluster(id: string): Cluster | undefined { return this.corrected().clusters.get(id); }
  members(): Member[] { return Object.values(this.data.members); }
  member(key: string): Member | undefined { return this.data.members[key]; }
  edges(records: readonly ExtractionRecord[]): Edge[] {
    return edgesOf(records.flatMap((r) => factsOf(r, membersOf(r))), this.corrected().clusterOf);
  }
  timelines(records: readonly ExtractionRecord[]): Map<string, RoleSpell[]> { return roleTimelines(this.edges(records)); }
  state(): ResolverState { return structuredClone(this.data); }
  peekState(): Readonly<ResolverState> { return this.data; }
  documentIds(): string[] { return Object.keys(this.data.documents); }
  assignedCluster(memberKey: string): string | undefined { return this.clusterOfMember.get(memberKey); }
  takeTouched(): string[] {
    const touched = [...this.touched];
    this.touched.clear();
    return touched;
  }

  private corrected(): CorrectedView {
    this.view ??= applyCorrections(this.data.clusters, this.data.members, this.data.corrections);
    return this.view;
  }

  /** The cluster's profile: kept for a large cluster, else read from its members now. */
  private profileOf(c: Cluster): ClusterProfile {
    const kept = this.profiles.get(c.id);
    if (kept) return kept;
    const profile = new ClusterProfile();
    for (const k of c.members) {
      const m = this.data.members[k];
      if (m) profile.add(m);
    }
    if (c.members.length >= KEPT_PROFILE) this.profiles.set(c.id, profile);
    return profile;
  }

  /** Whether the member agrees with every member of the cluster. */
  private agrees(m: Member, c: Cluster): boolean {
    return this.profileOf(c).agrees(m);
  }

  /** The agreeing cluster sharing most strong keys (then the largest, then the oldest). */
  private pickByKeys(m: Member): Cluster | undefined {
    return [...this.index.lookup(strongKeys(m)).entries()]
      .map(([id, n]) => ({ c: this.data.clusters[id], n }))
      .filter((h): h is { c: Cluster; n: number } => h.c !== undefined && this.agrees(m, h.c))
      .sort((a, b) => b.n - a.n || b.c.members.length - a.c.members.length || a.c.id.localeCompare(b.c.id))[0]?.c;
  }

  /** The one agreeing cluster with this family name; among several, the one of the member's country. */
  private pickBySurname(m: Member): Cluster | undefined {
    const candidates = [...this.index.lookup(weakKeys(m)).keys()]
      .map((id) => this.data.clusters[id]).filter((c): c is Cluster => c !== undefined && this.agrees(m, c));
    if (candidates.length <= 1) return candidates[0];
    const country = effectiveCountry(m) ?? m.documentCountry;
    const local = candidates.filter((c) => country !== null && c.country === country);
    return local.length === 1 ? local[0] : undefined;
  }

  private newClusterId(m: Member): string {
    const reuse = this.freed.get(m.key);
    return reuse && !this.data.clusters[reuse] ? reuse : `c${this.data.nextCluster++}`;
  }

  private place(m: Member): void {
    const cluster = this.pickByKeys(m) ?? this.pickBySurname(m)
      ?? { id: this.newClusterId(m), type: m.type, name: m.name, country: null, members: [] };
    this.changes?.joining(cluster.id, this.data.clusters[cluster.id], m.key);
    const profile = this.profileOf(cluster);
    this.touched.add(cluster.id);
    cluster.members.push(m.key);
    this.data.clusters[cluster.id] = cluster;
    this.data.members[m.key] = m;
    this.clusterOfMember.set(m.key, cluster.id);
    this.index.add(m, cluster.id);
    profile.add(m);
    profile.summarise(cluster);
    if (cluster.members.length >= KEPT_PROFILE) this.profiles.set(cluster.id, profile);
  }

  private detach(key: string): void {
    const m = this.data.members[key];
    const c = this.data.clusters[this.clusterOfMember.get(key) ?? ''];
    if (m && c) {
      this.changes?.leaving(c, key);
      this.touched.add(c.id);
      this.index.remove(m, c.id);
      const profile = this.profileOf(c);
      c.members = c.members.filter((k) => k !== key);
      profile.remove(m);
      // Dropped well below the size it is kept at, so a cluster on the line is not rebuilt each time.
      if (c.members.length < KEPT_PROFILE / 2) this.profiles.delete(c.id);
      if (c.members.length === 0) { delete this.data.clusters[c.id]; this.freed.set(key, c.id); }
      else profile.summarise(c);
    }
    this.clusterOfMember.delete(key);
    delete this.data.members[key];
  }
}

/**
 * The member as the graph keeps it: without its mentions, and with its strings copied, since a
 * name cut from the document's text would otherwise keep the whole text alive.
 */
function placed({ mentions: _mentions, ...m }: DocumentMember): Member {
  return { ...m, name: detached(m.name), aliases: m.aliases.map(detached) };
}

const detached = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** Creates a resolver, empty or resumed from a saved `state()`. */
export function createResolver(saved?: ResolverState): Resolver {
  if (saved && saved.version !== 1) throw new ValidationError(`unknown resolver state version ${String(saved.version)}`);
  return new IncrementalResolver(saved ? withoutFacts(structuredClone(saved)) : emptyState());
}

/** States saved before facts and mentions left the graph still carry them: dropped on load. */
function withoutFacts(state: ResolverState): ResolverState {
  for (const entry of Object.values(state.documents)) delete (entry as { facts?: unknown }).facts;
  for (const m of Object.values(state.members)) delete (m as { mentions?: unknown }).mentions;
  return state;
}

function signature(c: Cluster): string {
  return `${c.name}|${c.type}|${[...c.members].sort().join(',')}`;
}

function deltaOf(document: string, members: readonly Member[], before: CorrectedView, after: CorrectedView): ResolutionDelta {
  const assignments: Record<string, string> = {};
  for (const m of members) {
    const id = after.clusterOf.get(m.key);
    if (id) for (const e of m.entityIds) assignments[e] = id;
  }
  const created: string[] = [];
  const updated: string[] = [];
  for (const [id, c] of after.clusters) {
    const old = before.clusters.get(id);
    if (!old) created.push(id);
    else if (signature(old) !== signature(c)) updated.push(id);
  }
  const removed = [...before.clusters.keys()].filter((id) => !after.clusters.has(id));
  return { document, assignments, created, updated, removed };
}
