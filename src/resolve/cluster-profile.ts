// What the resolver asks of a cluster when a member may join it, kept per cluster as members come
// and go: whether the member agrees with every member, and the cluster's summary. Members that
// read alike for agreement are grouped, so a check costs the number of groups, not of members.

import { ClusterSummary } from './cluster-summary.ts';
import { effectiveCountry, isGeneric, membersAgree } from './match.ts';
import { knownAlias } from './alias-index.ts';
import { personParts } from './name-parts.ts';
import type { Cluster, Member } from './types.ts';

/**
 * Everything `membersAgree(m, other)` reads of `other`: two members with the same signature agree
 * or disagree with any member alike, so one of them stands for all.
 */
function agreementSignature(o: Member): string {
  const countryName = knownAlias(o.name)?.id.startsWith('country:') ?? false;
  const given = o.type === 'person' ? personParts(o.name).given[0] ?? '' : '';
  return [o.type, countryName, effectiveCountry(o) ?? '', isGeneric(o), given].join('\u0000');
}

const isMultiToken = (m: Member): boolean => personParts(m.name).tokens.length > 1;

export class ClusterProfile {
  private readonly groups = new Map<string, { member: Member; count: number }>();
  private readonly positions = new Map<string, number>();
  private readonly summary = new ClusterSummary();
  /** Members whose name has more than one token, and members by their document's country. */
  private multiToken = 0;
  private readonly documentCountries = new Map<string | null, number>();
  private next = 0;

  /** Adds a member after those already in (join order decides summary ties). */
  add(m: Member): void {
    const position = this.next++;
    this.positions.set(m.key, position);
    const sig = agreementSignature(m);
    const group = this.groups.get(sig) ?? { member: m, count: 0 };
    group.count += 1;
    this.groups.set(sig, group);
    if (isMultiToken(m)) this.multiToken += 1;
    this.documentCountries.set(m.documentCountry, (this.documentCountries.get(m.documentCountry) ?? 0) + 1);
    this.summary.add(m, position);
  }

  remove(m: Member): void {
    const position = this.positions.get(m.key);
    if (position === undefined) return;
    this.positions.delete(m.key);
    const sig = agreementSignature(m);
    const group = this.groups.get(sig);
    if (group && --group.count === 0) this.groups.delete(sig);
    if (isMultiToken(m)) this.multiToken -= 1;
    const n = (this.documentCountries.get(m.documentCountry) ?? 0) - 1;
    if (n === 0) this.documentCountries.delete(m.documentCountry);
    else this.documentCountries.set(m.documentCountry, n);
    this.summary.remove(m, position);
  }

  /** True when `m` agrees with every member, and a one-token person name may join (see below). */
  agrees(m: Member): boolean {
    for (const { member } of this.groups.values()) if (!membersAgree(m, member)) return false;
    return this.singleTokenAgrees(m);
  }

  /** Short single-token person names ("Omar") only join across documents of the same country. */
  private singleTokenAgrees(m: Member): boolean {
    if (m.type !== 'person' || isMultiToken(m) || this.multiToken > 0) return true;
    if (this.documentCountries.size === 0) return true;
    // Every member's document is of the member's own (known) country.
    return this.documentCountries.size === 1 && m.documentCountry !== null && this.documentCountries.has(m.documentCountry);
  }

  /** Writes the cluster's type, name and country from its members. */
  summarise(cluster: Cluster): void {
    this.summary.apply(cluster);
  }
}
