// What one addRecord changed in the clusters, noted as members leave and join. With no corrections
// to re-apply, the delta follows from the clusters touched, without comparing two whole views.

import type { EntityType } from '../model/index.ts';
import type { Cluster, Member, ResolutionDelta } from './types.ts';

interface Touched {
  /** Name and type before the first change; null when the cluster did not exist. */
  before: { name: string; type: EntityType } | null;
  added: Set<string>;
  removed: Set<string>;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((k) => b.has(k));

export class ClusterChanges {
  private readonly touched = new Map<string, Touched>();

  /** Call before `key` leaves the cluster. */
  leaving(cluster: Cluster, key: string): void {
    this.entry(cluster.id, cluster).removed.add(key);
  }

  /** Call before `key` joins cluster `id` (`existing` is undefined for a new cluster). */
  joining(id: string, existing: Cluster | undefined, key: string): void {
    this.entry(id, existing).added.add(key);
  }

  /**
   * The delta: clusters that now exist and did not (created), exist no more (removed), or whose
   * name, type or member set differ (updated); the same sets a comparison of whole views gives.
   */
  delta(document: string, members: readonly Member[], clusters: Record<string, Cluster>, clusterOf: ReadonlyMap<string, string>): ResolutionDelta {
    const assignments: Record<string, string> = {};
    for (const m of members) {
      const id = clusterOf.get(m.key);
      if (id) for (const e of m.entityIds) assignments[e] = id;
    }
    const created: string[] = [];
    const updated: string[] = [];
    const removed: string[] = [];
    for (const [id, t] of this.touched) {
      const now = clusters[id];
      if (!t.before) { if (now) created.push(id); }
      else if (!now) removed.push(id);
      else if (now.name !== t.before.name || now.type !== t.before.type || !sameSet(t.added, t.removed)) updated.push(id);
    }
    return { document, assignments, created, updated, removed };
  }

  private entry(id: string, cluster: Cluster | undefined): Touched {
    let t = this.touched.get(id);
    if (!t) {
      t = { before: cluster ? { name: cluster.name, type: cluster.type } : null, added: new Set(), removed: new Set() };
      this.touched.set(id, t);
    }
    return t;
  }
}
