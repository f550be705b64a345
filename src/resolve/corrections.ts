// Analyst corrections as data: merge, split, rename, retype, accept and reject, re-applied in
// order over every automatic resolution so they survive re-extraction and re-ingest.

import { ValidationError, type EntityType } from '../model/index.ts';
import { foldName } from './normalize.ts';
import type { Cluster, Correction, EntityRef, Member } from './types.ts';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'media', 'equipment'];

/** The corrected graph: clusters and each member's cluster (rejected members have none). */
export interface CorrectedView {
  clusters: Map<string, Cluster>;
  clusterOf: Map<string, string>;
}

/** True when the member is the one the reference names (type, any of its names, and document if given). */
export function refMatches(ref: EntityRef, m: Member): boolean {
  if (ref.type !== m.type || (ref.document !== undefined && ref.document !== m.document)) return false;
  const name = foldName(ref.name);
  return [m.name, ...m.aliases].some((n) => foldName(n) === name);
}

/** Throws ValidationError when a correction is malformed; corrections come from users. */
export function validateCorrection(c: Correction): void {
  const refs = c.op === 'merge' ? c.refs : [c.ref];
  if (c.op === 'merge' && refs.length < 2) throw new ValidationError('merge needs at least two entity references');
  for (const r of refs) {
    if (!r || !ENTITY_TYPES.includes(r.type) || typeof r.name !== 'string' || r.name.trim() === '') {
      throw new ValidationError(`correction ${c.op}: each reference needs a valid type and a name`);
    }
  }
  if (c.op === 'rename' && c.name.trim() === '') throw new ValidationError('rename needs a non-empty name');
  if (c.op === 'retype' && !ENTITY_TYPES.includes(c.type)) throw new ValidationError(`retype: unknown type ${String(c.type)}`);
}

function copyView(clusters: Record<string, Cluster>): CorrectedView {
  const view: CorrectedView = { clusters: new Map(), clusterOf: new Map() };
  for (const c of Object.values(clusters)) {
    view.clusters.set(c.id, { ...c, members: [...c.members] });
    for (const k of c.members) view.clusterOf.set(k, c.id);
  }
  return view;
}

function matching(ref: EntityRef, members: Record<string, Member>, view: CorrectedView): Member[] {
  return Object.values(members).filter((m) => view.clusterOf.has(m.key) && refMatches(ref, m));
}

function moveMembers(view: CorrectedView, keys: readonly string[], target: Cluster): void {
  for (const key of keys) {
    const from = view.clusters.get(view.clusterOf.get(key) ?? '');
    if (from && from !== target) {
      from.members = from.members.filter((k) => k !== key);
      if (from.members.length === 0) view.clusters.delete(from.id);
    }
    if (!target.members.includes(key)) target.members.push(key);
    view.clusterOf.set(key, target.id);
  }
}

function applyMerge(view: CorrectedView, refs: readonly EntityRef[], members: Record<string, Member>): void {
  const ids = [...new Set(refs.flatMap((r) => matching(r, members, view)).map((m) => view.clusterOf.get(m.key) ?? ''))]
    .filter((id) => view.clusters.has(id)).sort();
  const target = view.clusters.get(ids[0] ?? '');
  if (!target) return;
  for (const id of ids.slice(1)) moveMembers(view, [...(view.clusters.get(id)?.members ?? [])], target);
}

function applySplit(view: CorrectedView, ref: EntityRef, members: Record<string, Member>, n: number): void {
  const keys = matching(ref, members, view).map((m) => m.key);
  const first = members[keys[0] ?? ''];
  const from = view.clusters.get(view.clusterOf.get(keys[0] ?? '') ?? '');
  if (!first || !from || from.members.length === keys.length) return;
  const target: Cluster = { id: `${from.id}~${n}`, type: first.type, name: first.name, country: first.country, members: [] };
  view.clusters.set(target.id, target);
  moveMembers(view, keys, target);
}

function applyToCluster(view: CorrectedView, ref: EntityRef, members: Record<string, Member>, edit: (c: Cluster) => void): void {
  const ids = new Set(matching(ref, members, view).map((m) => view.clusterOf.get(m.key) ?? ''));
  for (const id of ids) { const c = view.clusters.get(id); if (c) edit(c); }
}

function applyReject(view: CorrectedView, ref: EntityRef, members: Record<string, Member>): void {
  for (const m of matching(ref, members, view)) {
    const c = view.clusters.get(view.clusterOf.get(m.key) ?? '');
    view.clusterOf.delete(m.key);
    if (!c) continue;
    c.members = c.members.filter((k) => k !== m.key);
    if (c.members.length === 0) view.clusters.delete(c.id);
  }
}

/** A later accept of the same reference cancels an earlier reject. */
function effective(corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c, i) => c.op !== 'reject' || !corrections.slice(i + 1).some(
    (later) => later.op === 'accept' && JSON.stringify(later.ref) === JSON.stringify(c.ref)));
}

/** Applies the corrections, in order, to the automatic clusters. Pure: inputs are not changed. */
export function applyCorrections(
  clusters: Record<string, Cluster>, members: Record<string, Member>, corrections: readonly Correction[],
): CorrectedView {
  const view = copyView(clusters);
  effective(corrections).forEach((c, n) => {
    switch (c.op) {
      case 'merge': applyMerge(view, c.refs, members); break;
      case 'split': applySplit(view, c.ref, members, n); break;
      case 'rename': applyToCluster(view, c.ref, members, (cl) => { cl.name = c.name; }); break;
      case 'retype': applyToCluster(view, c.ref, members, (cl) => { cl.type = c.type; }); break;
      case 'accept': applyToCluster(view, c.ref, members, (cl) => { cl.accepted = true; }); break;
      case 'reject': applyReject(view, c.ref, members); break;
    }
  });
  return view;
}
