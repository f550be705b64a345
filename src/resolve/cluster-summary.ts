// A cluster's display type, name and country, recomputed from its members whenever they change.

import { effectiveCountry } from './match.ts';
import type { Cluster, Member } from './types.ts';

function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN) { best = v; bestN = n; }
  return best;
}

/** Type, name and country of a cluster from its members (fullest person name, else most frequent). */
export function summarise(cluster: Cluster, members: readonly Member[]): void {
  if (members.length === 0) return;
  cluster.type = mostFrequent(members.map((m) => m.type)) ?? cluster.type;
  const names = members.map((m) => m.name);
  cluster.name = cluster.type === 'person'
    ? [...names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0] ?? cluster.name
    : mostFrequent(names) ?? cluster.name;
  cluster.country = mostFrequent(members.map(effectiveCountry).filter((c): c is string => c !== null)) ?? null;
}
