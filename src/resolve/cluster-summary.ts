// A cluster's display type, name and country, kept up to date as members join and leave: tallies
// per value, so each change costs the number of distinct values, not the number of members.

import { effectiveCountry } from './match.ts';
import type { EntityType } from '../model/index.ts';
import type { Cluster, Member } from './types.ts';

/**
 * Counts of each value with the positions (join order) of the members holding it. The most
 * frequent value is the one with most members, then the one that appeared first.
 */
class Tally<T> {
  private readonly entries = new Map<T, { count: number; positions: Set<number> }>();

  add(value: T, position: number): void {
    const e = this.entries.get(value) ?? { count: 0, positions: new Set<number>() };
    e.count += 1;
    e.positions.add(position);
    this.entries.set(value, e);
  }

  remove(value: T, position: number): void {
    const e = this.entries.get(value);
    if (!e) return;
    e.count -= 1;
    e.positions.delete(position);
    if (e.count === 0) this.entries.delete(value);
  }

  /** Values with their count and first position (positions are added in increasing order). */
  *values(): Generator<{ value: T; count: number; first: number }> {
    for (const [value, e] of this.entries) yield { value, count: e.count, first: e.positions.values().next().value ?? 0 };
  }

  mostFrequent(): T | undefined {
    let best: { value: T; count: number; first: number } | undefined;
    for (const v of this.values()) if (!best || v.count > best.count || (v.count === best.count && v.first < best.first)) best = v;
    return best?.value;
  }
}

const wordCount = (name: string): number => name.split(/\s+/).length;

/** Type, name and country of a cluster from its members (fullest person name, else most frequent). */
export class ClusterSummary {
  private readonly types = new Tally<EntityType>();
  private readonly names = new Tally<string>();
  private readonly countries = new Tally<string>();
  private size = 0;

  add(m: Member, position: number): void {
    this.size += 1;
    this.types.add(m.type, position);
    this.names.add(m.name, position);
    const country = effectiveCountry(m);
    if (country !== null) this.countries.add(country, position);
  }

  remove(m: Member, position: number): void {
    this.size -= 1;
    this.types.remove(m.type, position);
    this.names.remove(m.name, position);
    const country = effectiveCountry(m);
    if (country !== null) this.countries.remove(country, position);
  }

  /** The person name with most words, then most characters, then the first to join. */
  private fullestName(): string | undefined {
    let best: { value: string; words: number; first: number } | undefined;
    for (const v of this.names.values()) {
      const words = wordCount(v.value);
      if (!best || words > best.words || (words === best.words && (v.value.length > best.value.length
        || (v.value.length === best.value.length && v.first < best.first)))) best = { value: v.value, words, first: v.first };
    }
    return best?.value;
  }

  /** Writes the summary into the cluster (left as is when it has no members). */
  apply(cluster: Cluster): void {
    if (this.size === 0) return;
    cluster.type = this.types.mostFrequent() ?? cluster.type;
    cluster.name = (cluster.type === 'person' ? this.fullestName() : this.names.mostFrequent()) ?? cluster.name;
    cluster.country = this.countries.mostFrequent() ?? null;
  }
}
