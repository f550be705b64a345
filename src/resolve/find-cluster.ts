// Finds the resolved entity a user means by an id or a name: a cluster id as is, else the cluster
// whose canonical name, then whose members' names or aliases, fold to the same text.

import { foldName } from './normalize.ts';
import type { Cluster, Member } from './types.ts';

/** What `findCluster` needs of a resolver: its corrected clusters and the cluster of a member. */
export interface ClusterSource {
  clusters(): Cluster[];
  members(): Member[];
  clusterOf(memberKey: string): string | undefined;
}

/** Among several clusters with the name, the one with most members (then the oldest id). */
function largest(clusters: readonly Cluster[]): Cluster | undefined {
  return [...clusters].sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id, 'en'))[0];
}

/**
 * The cluster a filter value names, or undefined.
 * @example findCluster(resolver, 'Nazarbaev')?.name === 'Nursultan Nazarbayev'
 */
export function findCluster(source: ClusterSource, text: string): Cluster | undefined {
  const clusters = source.clusters();
  const byId = clusters.find((c) => c.id === text);
  if (byId) return byId;
  const folded = foldName(text);
  if (folded === '') return undefined;
  const named = clusters.filter((c) => foldName(c.name) === folded);
  if (named.length > 0) return largest(named);
  const ids = new Set<string>();
  for (const m of source.members()) {
    if (![m.name, ...m.aliases].some((n) => foldName(n) === folded)) continue;
    const id = source.clusterOf(m.key);
    if (id) ids.add(id);
  }
  return largest(clusters.filter((c) => ids.has(c.id)));
}
