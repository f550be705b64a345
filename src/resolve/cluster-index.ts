// The resolver's blocking index: key -> clusters holding a member with that key, with counts so
// a member's removal only drops keys no other member of the cluster still has.

import { strongKeys, weakKeys } from './match.ts';
import type { Member } from './types.ts';

export class ClusterIndex {
  private readonly byKey = new Map<string, Map<string, number>>();

  add(member: Member, clusterId: string): void {
    for (const key of [...strongKeys(member), ...weakKeys(member)]) {
      const clusters = this.byKey.get(key) ?? new Map<string, number>();
      clusters.set(clusterId, (clusters.get(clusterId) ?? 0) + 1);
      this.byKey.set(key, clusters);
    }
  }

  remove(member: Member, clusterId: string): void {
    for (const key of [...strongKeys(member), ...weakKeys(member)]) {
      const clusters = this.byKey.get(key);
      const n = clusters?.get(clusterId) ?? 0;
      if (!clusters) continue;
      if (n <= 1) clusters.delete(clusterId);
      else clusters.set(clusterId, n - 1);
      if (clusters.size === 0) this.byKey.delete(key);
    }
  }

  /** Cluster id -> number of the given keys it holds. */
  lookup(keys: readonly string[]): Map<string, number> {
    const hits = new Map<string, number>();
    for (const key of keys) {
      for (const id of this.byKey.get(key)?.keys() ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return hits;
  }
}
