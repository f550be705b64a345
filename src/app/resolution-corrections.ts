// App: analyst corrections of the entity graph (merge, split, rename, retype, accept, reject).
// Each becomes resolver data naming entities by type + name + document, so it survives re-ingest,
// and each is written to the audit log with who, what, and the entity before and after.

import {
  NotFoundError, ValidationError, type EntitySummary, type EntityType, type Store,
} from '../model/index.ts';
import type { Correction, EntityRef, Member, Resolver } from '../resolve/index.ts';
import type { AccountStore } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { resolutionOf } from './resolution.ts';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'media', 'equipment'];

/** Who makes the change and where it is logged (no log in tests and throwaway stores). */
export interface Actor { name: string; audit?: AccountStore }

export interface CorrectionResult { correction: Correction; before: EntitySummary[]; after: EntitySummary | null }

/** The cluster id the store serves for `id` (a naive key from the ledger leads to its cluster). */
async function clusterIdOf(store: Store, id: string): Promise<string> {
  return (await store.getEntity(id))?.id ?? id;
}

function membersOfCluster(resolver: Resolver, id: string): Member[] {
  const cluster = resolver.clusters().find((c) => c.id === id);
  if (!cluster) throw new NotFoundError('entity', id);
  const byKey = new Map(resolver.members().map((m) => [m.key, m]));
  return cluster.members.map((k) => byKey.get(k)).filter((m): m is Member => m !== undefined);
}

const refOf = (m: Member): EntityRef => ({ type: m.type, name: m.name, document: m.document });

/** The member standing for the cluster: one bearing the cluster's name, else the first. */
function anchorOf(resolver: Resolver, id: string): Member {
  const members = membersOfCluster(resolver, id);
  const name = resolver.clusters().find((c) => c.id === id)?.name;
  const anchor = members.find((m) => m.name === name) ?? members[0];
  if (!anchor) throw new NotFoundError('entity', id);
  return anchor;
}

async function summaries(store: Store, ids: readonly string[]): Promise<EntitySummary[]> {
  return (await Promise.all(ids.map((id) => store.getEntity(id)))).filter((e): e is EntitySummary => e !== null);
}

/** Applies the correction, then reads the entity `anchor` ends up in, and logs before/after. */
async function apply(store: Store, actor: Actor, correction: Correction, beforeIds: string[], anchor: Member | null, subject: string): Promise<CorrectionResult> {
  const before = await summaries(store, beforeIds);
  const resolution = resolutionOf(store);
  await resolution.correct(correction);
  const afterId = anchor ? (await resolution.current()).clusterOf(anchor.key) : undefined;
  const after = afterId ? await store.getEntity(afterId) : null;
  if (actor.audit) {
    await recordAudit(actor.audit, actor.name, `entity.${correction.op}`, subject, JSON.stringify({ correction, before, after }));
  }
  return { correction, before, after };
}

export async function mergeEntities(store: Store, ids: readonly string[], actor: Actor): Promise<CorrectionResult> {
  const unique = [...new Set(await Promise.all(ids.map((id) => clusterIdOf(store, id))))];
  if (unique.length < 2) throw new ValidationError('merge needs at least two different entity ids');
  const resolver = await resolutionOf(store).current();
  const refs = unique.flatMap((id) => membersOfCluster(resolver, id).map(refOf));
  return apply(store, actor, { op: 'merge', refs }, unique, anchorOf(resolver, unique[0] ?? ''), unique.join(','));
}

/** Splits off the members named `name` (in `documentId` only, when given) into their own entity. */
export async function splitEntity(store: Store, wanted: string, part: { name: string; documentId?: string }, actor: Actor): Promise<CorrectionResult> {
  const id = await clusterIdOf(store, wanted);
  const resolver = await resolutionOf(store).current();
  const members = membersOfCluster(resolver, id);
  const partName = part.name.trim().toLowerCase();
  const moving = members.filter((m) => (part.documentId === undefined || m.document === part.documentId)
    && [m.name, ...m.aliases].some((n) => n.toLowerCase() === partName));
  if (moving.length === 0) throw new ValidationError(`entity ${id} has no member named "${part.name}"${part.documentId ? ` in ${part.documentId}` : ''}`);
  if (moving.length === members.length) throw new ValidationError('a split must leave something behind');
  const first = moving[0] as Member;
  const ref: EntityRef = { type: first.type, name: part.name.trim(), ...(part.documentId ? { document: part.documentId } : {}) };
  return apply(store, actor, { op: 'split', ref }, [id], first, id);
}

export async function renameEntity(store: Store, wanted: string, name: string, actor: Actor): Promise<CorrectionResult> {
  if (name.trim() === '') throw new ValidationError('the new name must not be empty');
  const id = await clusterIdOf(store, wanted);
  const anchor = anchorOf(await resolutionOf(store).current(), id);
  return apply(store, actor, { op: 'rename', ref: refOf(anchor), name: name.trim() }, [id], anchor, id);
}

export async function retypeEntity(store: Store, wanted: string, type: string, actor: Actor): Promise<CorrectionResult> {
  if (!(TYPES as readonly string[]).includes(type)) throw new ValidationError(`type must be one of ${TYPES.join(', ')}`);
  const id = await clusterIdOf(store, wanted);
  const anchor = anchorOf(await resolutionOf(store).current(), id);
  return apply(store, actor, { op: 'retype', ref: refOf(anchor), type: type as EntityType }, [id], anchor, id);
}

/** Accepts or rejects one extracted entity of one document (a rejected one is no longer served). */
export async function judgeExtraction(store: Store, documentId: string, localId: string, verdict: 'accept' | 'reject', actor: Actor): Promise<CorrectionResult> {
  const record = await store.getRecord(documentId);
  if (!record) throw new NotFoundError('document', documentId);
  const entity = record.entities.find((e) => e.id === localId);
  if (!entity) throw new NotFoundError('extraction', `${documentId}/${localId}`);
  const resolver = await resolutionOf(store).current();
  const member = resolver.members().find((m) => m.document === documentId && m.entityIds.includes(localId)) ?? null;
  const beforeId = member ? resolver.clusterOf(member.key) : undefined;
  const ref: EntityRef = { type: entity.type, name: member?.name ?? entity.name, document: documentId };
  return apply(store, actor, { op: verdict, ref }, beforeId ? [beforeId] : [], member, `${documentId}/${localId}`);
}
