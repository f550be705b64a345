// The incremental cross-document resolver: each added record's members join the best agreeing
// cluster or start one; re-adding a document replaces its previous version; corrections re-apply.

import { EXTRACTION_SCHEMA, ValidationError, type ExtractionRecord } from '../model/index.ts';
import { ClusterIndex } from './cluster-index.ts';
import { summarise } from './cluster-summary.ts';
import { applyCorrections, validateCorrection, type CorrectedView } from './corrections.ts';
import { effectiveCountry, membersAgree, strongKeys, weakKeys } from './match.ts';
import { personParts } from './name-parts.ts';
import { edgesOf, factsOf } from './relations.ts';
import { roleTimelines, type RoleSpell } from './timelines.ts';
import type { Cluster, Correction, Edge, Member, ResolutionDelta, ResolverState } from './types.ts';
import { membersOf } from './within-document.ts';

export interface Resolver {
  /** Resolves one record (a new document or a new version of one) into the graph. */
  addRecord(record: ExtractionRecord): ResolutionDelta;
  removeDocument(id: string): void;
  /** Records a correction and re-applies all corrections. */
  addCorrection(correction: Correction): void;
  /** Clusters after corrections. */
  clusters(): Cluster[];
  /** Cluster id of a member key (after corrections), if not rejected. */
  clusterOf(memberKey: string): string | undefined;
  members(): Member[];
  edges(): Edge[];
  timelines(): Map<string, RoleSpell[]>;
  /** A JSON-serialisable copy of the state; `createResolver(state)` resumes from it. */
  state(): ResolverState;
}

function emptyState(): ResolverState {
  return { version: 1, nextCluster: 1, members: {}, clusters: {}, documents: {}, corrections: [] };
}

function validateRecord(record: ExtractionRecord): void {
  if (record?.schema !== EXTRACTION_SCHEMA) throw new ValidationError(`record schema must be ${EXTRACTION_SCHEMA}`);
  if (typeof record.document?.id !== 'string' || record.document.id === '') throw new ValidationError('record.document.id is required');
  if (!Array.isArray(record.entities)) throw new ValidationError('record.entities must be an array');
}

/** Short single-token person names ("Omar") only join across documents of the same country. */
function singleTokenAgrees(m: Member, members: readonly Member[]): boolean {
  if (m.type !== 'person' || personParts(m.name).tokens.length > 1) return true;
  if (members.some((o) => personParts(o.name).tokens.length > 1)) return true;
  return members.every((o) => o.documentCountry !== null && o.documentCountry === m.documentCountry);
}

/** Creates a resolver, empty or resumed from a saved state. */
export function createResolver(saved?: ResolverState): Resolver {
  if (saved && saved.version !== 1) throw new ValidationError(`unknown resolver state version ${String(saved.version)}`);
  const state: ResolverState = saved ? structuredClone(saved) : emptyState();
  const index = new ClusterIndex();
  for (const c of Object.values(state.clusters)) for (const k of c.members) { const m = state.members[k]; if (m) index.add(m, c.id); }
  let view: CorrectedView | null = null;
  /** Ids of clusters emptied by removing a document, by member key: re-adding it reuses them. */
  const freed = new Map<string, string>();

  const membersIn = (c: Cluster): Member[] => c.members.map((k) => state.members[k]).filter((m): m is Member => m !== undefined);
  const agrees = (m: Member, c: Cluster): boolean => {
    const ms = membersIn(c);
    return ms.every((o) => membersAgree(m, o)) && singleTokenAgrees(m, ms);
  };

  function pick(m: Member, hits: Map<string, number>): Cluster | undefined {
    const ok = [...hits.entries()]
      .map(([id, n]) => ({ c: state.clusters[id], n }))
      .filter((h): h is { c: Cluster; n: number } => h.c !== undefined && agrees(m, h.c))
      .sort((a, b) => b.n - a.n || b.c.members.length - a.c.members.length || a.c.id.localeCompare(b.c.id));
    return ok[0]?.c;
  }

  function pickBySurname(m: Member): Cluster | undefined {
    const candidates = [...index.lookup(weakKeys(m)).keys()]
      .map((id) => state.clusters[id]).filter((c): c is Cluster => c !== undefined && agrees(m, c));
    if (candidates.length <= 1) return candidates[0];
    const country = effectiveCountry(m) ?? m.documentCountry;
    const local = candidates.filter((c) => country !== null && c.country === country);
    return local.length === 1 ? local[0] : undefined;
  }

  function place(m: Member): void {
    const target = pick(m, index.lookup(strongKeys(m))) ?? pickBySurname(m);
    const reuse = freed.get(m.key);
    const id = reuse && !state.clusters[reuse] ? reuse : `c${state.nextCluster++}`;
    const cluster = target ?? { id, type: m.type, name: m.name, country: null, members: [] };
    cluster.members.push(m.key);
    state.clusters[cluster.id] = cluster;
    state.members[m.key] = m;
    index.add(m, cluster.id);
    summarise(cluster, membersIn(cluster));
  }

  function remove(id: string): void {
    const doc = state.documents[id];
    if (!doc) return;
    for (const key of doc.members) {
      const m = state.members[key];
      const c = Object.values(state.clusters).find((cl) => cl.members.includes(key));
      if (m && c) {
        index.remove(m, c.id);
        c.members = c.members.filter((k) => k !== key);
        if (c.members.length === 0) { delete state.clusters[c.id]; freed.set(key, c.id); }
        else summarise(c, membersIn(c));
      }
      delete state.members[key];
    }
    delete state.documents[id];
    view = null;
  }

  const corrected = (): CorrectedView => (view ??= applyCorrections(state.clusters, state.members, state.corrections));

  function addRecord(record: ExtractionRecord): ResolutionDelta {
    validateRecord(record);
    const before = corrected();
    remove(record.document.id);
    const members = membersOf(record);
    const order = [...members].sort((a, b) => personParts(b.name).tokens.length - personParts(a.name).tokens.length);
    for (const m of order) place(m);
    freed.clear();
    state.documents[record.document.id] = {
      published: record.document.published, members: members.map((m) => m.key), facts: factsOf(record, members),
    };
    view = null;
    return deltaOf(record.document.id, members, before, corrected());
  }

  return {
    addRecord,
    removeDocument: remove,
    addCorrection(correction) { validateCorrection(correction); state.corrections.push(correction); view = null; },
    clusters: () => [...corrected().clusters.values()],
    clusterOf: (key) => corrected().clusterOf.get(key),
    members: () => Object.values(state.members),
    edges: () => edgesOf(Object.values(state.documents).flatMap((d) => d.facts), corrected().clusterOf),
    timelines() { return roleTimelines(this.edges()); },
    state: () => structuredClone(state),
  };
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
