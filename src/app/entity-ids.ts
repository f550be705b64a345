// App: the ids the workbench shows record entities under. A resolved store's entity lists hand out
// cluster ids ("c20"), so the link chart, the facets and the map use them too; analyst decisions
// stay filed by type and name ("person:nursultan-nazarbayev"), as the review queue makes them, and
// a merge decided there still folds an entity into its target.

import type { EntityType, Store } from '../model/index.ts';
import { canonicalKey } from '../store/index.ts';
import { resolutionOf } from './resolution.ts';
import { decide, type CorrectionView } from './review.ts';

/** The id an entity is shown under, its name, and its type-and-name key (which decisions are filed by). */
export interface ShownEntity { id: string; name: string; byName: string }
export type EntityIdOf = (documentId: string, entity: { id: string; type: EntityType; name: string }) => ShownEntity | null;

/** The id and name each record entity is shown under; null for one the analyst rejected. */
export async function entityIds(store: Store, view: CorrectionView): Promise<EntityIdOf> {
  const clusters = await resolutionOf(store).entityClusters();
  return (documentId, e) => {
    const byName = canonicalKey(e.type, e.name);
    const cluster = clusters.clusterOf(documentId, e.id);
    const decided = decide(view, cluster ?? byName, byName);
    if (decided === null) return null;
    return { id: decided.id, name: decided.renamed ?? clusters.nameOf(decided.id) ?? e.name, byName };
  };
}
