// App: the analyst's review decisions. Corrections (accept, reject, rename, merge) are a log in
// the workbench store; the view folds them into who is hidden, renamed or merged into whom.

import { ValidationError } from '../model/index.ts';
import type { EntitySummary, EntityType, Page, Store } from '../model/index.ts';
import { canonicalKey, createWorkbenchStore } from '../store/index.ts';
import type { CorrectionOp, CorrectionRow, WorkbenchStore } from '../store/index.ts';
import { corpusSnapshot } from './corpus-snapshot.ts';
import { storeOptions } from './open-store.ts';
import type { StoreConfig } from './open-store.ts';

export type { CorrectionRow, WorkbenchStore };

/** Boards and corrections live beside the documents: the same SQLite file or PostgreSQL database. */
export function openWorkbench(config: StoreConfig): WorkbenchStore {
  return createWorkbenchStore(storeOptions(config));
}

const OPS: readonly CorrectionOp[] = ['accept', 'reject', 'rename', 'merge'];

/** Checks a POSTed correction and logs it. @throws ValidationError on a malformed body */
export async function recordCorrection(wb: WorkbenchStore, body: unknown): Promise<CorrectionRow> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const op = b.op;
  if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) throw new ValidationError(`op must be one of ${OPS.join(', ')}`);
  if (typeof b.entity !== 'string' || b.entity.trim() === '') throw new ValidationError('entity must be an entity id');
  const needsValue = op === 'rename' || op === 'merge';
  if (needsValue && (typeof b.value !== 'string' || b.value.trim() === '')) {
    throw new ValidationError(op === 'rename' ? 'value must be the new name' : 'value must be the id of the entity to merge into');
  }
  if (op === 'merge' && b.value === b.entity) throw new ValidationError('an entity cannot be merged into itself');
  return wb.addCorrection(op as CorrectionOp, b.entity, needsValue ? String(b.value).trim() : null);
}

export interface CorrectionView {
  rejected: Set<string>;
  accepted: Set<string>;
  renamed: Map<string, string>;
  /** entity id -> id it was merged into (chains followed by `canonicalOf`). */
  mergedInto: Map<string, string>;
}

/** Later decisions win: a reject after an accept hides, an accept after a reject restores. */
export function correctionView(rows: readonly CorrectionRow[]): CorrectionView {
  const view: CorrectionView = { rejected: new Set(), accepted: new Set(), renamed: new Map(), mergedInto: new Map() };
  for (const r of rows) {
    if (r.op === 'reject') { view.rejected.add(r.entityId); view.accepted.delete(r.entityId); }
    if (r.op === 'accept') { view.accepted.add(r.entityId); view.rejected.delete(r.entityId); }
    if (r.op === 'rename' && r.value) view.renamed.set(r.entityId, r.value);
    if (r.op === 'merge' && r.value) view.mergedInto.set(r.entityId, r.value);
  }
  return view;
}

/** The id an entity is shown under after merges; null when it (or its target) was rejected. */
export function canonicalOf(view: CorrectionView, id: string): string | null {
  let current = id;
  const seen = new Set<string>();
  while (view.mergedInto.has(current) && !seen.has(current)) {
    seen.add(current);
    current = view.mergedInto.get(current) ?? current;
  }
  return view.rejected.has(current) || view.rejected.has(id) ? null : current;
}

/** Where the analyst's decisions put an entity: its shown id and the name given to it, if any. */
export interface Decided { id: string; renamed: string | undefined }

/**
 * The decisions on an entity shown under `id` (a resolved cluster, or its type-and-name key when
 * unresolved). Review decisions are filed by type and name (`byName`, "person:nursultan-nazarbayev");
 * a resolved list hands out clusters ("c20"), so both count: either rejected hides it, a merge of
 * either folds it into the target, a rename of either names it. Null when rejected.
 */
export function decide(view: CorrectionView, id: string, byName: string): Decided | null {
  const viaName = canonicalOf(view, byName);
  const viaId = canonicalOf(view, id);
  if (viaName === null || viaId === null) return null;
  const target = view.mergedInto.has(byName) ? viaName : viaId;
  return { id: target, renamed: view.renamed.get(target) ?? view.renamed.get(byName) };
}

/** Entities as the analyst decided: rejected hidden, renamed renamed, merged folded into one. */
export function applyToEntities(page: Page<EntitySummary>, view: CorrectionView): Page<EntitySummary> {
  const byId = new Map<string, EntitySummary>();
  let hidden = 0;
  for (const e of page.items) {
    const decided = decide(view, e.id, canonicalKey(e.type, e.name));
    if (decided === null) { hidden++; continue; }
    const { id } = decided;
    const into = byId.get(id);
    if (into) {
      into.aliases = [...new Set([...into.aliases, e.name, ...e.aliases])];
      into.mentionCount += e.mentionCount;
      into.documentCount = Math.max(into.documentCount, e.documentCount);
      hidden++;
      continue;
    }
    byId.set(id, { ...e, id, name: decided.renamed ?? e.name, aliases: id === e.id ? e.aliases : [e.name, ...e.aliases] });
  }
  return { ...page, items: [...byId.values()], total: Math.max(0, page.total - hidden) };
}

export interface ReviewItem {
  entity: string;
  type: EntityType;
  name: string;
  confidence: number;
  documentId: string;
  documentTitle: string | null;
  /** First mention with some text either side, for judging without opening the reader. */
  context: { before: string; text: string; after: string; start: number };
}

/** Extractions whose entity has no decision yet, least confident first. */
export async function reviewQueue(store: Store, view: CorrectionView, limit = 50): Promise<ReviewItem[]> {
  const { records } = await corpusSnapshot(store);
  const items: ReviewItem[] = [];
  for (const r of records) {
    for (const e of r.entities) {
      const id = canonicalKey(e.type, e.name);
      const decided = view.accepted.has(id) || view.rejected.has(id) || view.mergedInto.has(id) || view.renamed.has(id);
      const span = e.mentions[0];
      if (decided || !span) continue;
      const text = r.document.text;
      items.push({
        entity: id, type: e.type, name: e.name, confidence: e.confidence ?? 1, documentId: r.document.id,
        documentTitle: r.document.title,
        context: { before: text.slice(Math.max(0, span[0] - 80), span[0]), text: text.slice(span[0], span[1]), after: text.slice(span[1], span[1] + 80), start: span[0] },
      });
    }
  }
  return items.sort((a, b) => a.confidence - b.confidence || a.name.localeCompare(b.name)).slice(0, limit);
}
