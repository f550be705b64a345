// A cluster's display type, name and country, kept up to date as members join and leave: tallies
// per value, so each change costs the number of distinct values, not the number of members.

import { effectiveCountry } from './match.ts';
import type { EntityType } from '../model/index.ts';
import type { Cluster, Member } from './types.ts';

/**
 * Counts of each value with the positions (join order) of the members holding it. The most
 * frequent value is the one with most members, then the one that appeared first. A cluster holds
 * few distinct values, so they sit in arrays searched in turn: a graph has a summary per cluster,
 * and hash maps for one or two values each would cost more memory than the graph's members.
 */
class Tally<T> {
  private readonly values: T[] = [];
  /** Per value, its holders' positions in increasing order (positions only ever grow). */
  private readonly positions: number[][] = [];

  add(value: T, position: number): void {
    const i = this.values.indexOf(value);
    if (i < 0) { this.values.push(value); this.positions.push([position]); return; }
    this.positions[i]?.push(position);
  }

  remove(value: T, position: number): void {
    const i = this.values.indexOf(value);
    const held = this.positions[i];
    if (!held) return;
    const at = held.indexOf(position);
    if (at >= 0) held.splice(at, 1);
    if (held.length === 0) { this.values.splice(i, 1); this.positions.splice(i, 1); }
  }

  /** Values with their count and first position. */
  *entries(): Generator<{ value: T; count: number; first: number }> {
    for (let i = 0; i < this.values.length; i += 1) {
      const held = this.positions[i] ?? [];
      yield { value: this.values[i] as T, count: held.length, first: held[0] ?? 0 };
    }
  }

  mostFrequent(): T | undefined {
    let best: { value: T; count: number; first: number } | undefined;
    for (const v of this.entries()) if (!best || v.count > best.count || (v.count === best.count && v.first < best.first)) best = v;
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
    for (const v of this.names.entries()) {
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
