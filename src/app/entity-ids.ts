// App: the ids the workbench shows record entities under. A resolved store's entity lists hand out
// cluster ids ("c20"), so the link chart, the facets and the map use them too; analyst decisions
// stay filed by type and name ("person:nursultan-nazarbayev"), as the review queue makes them, and
// a merge decided there still folds an entity into its target.

import type { EntityType, Store } from '../model/index.ts';
import { canonicalKey } from '../store/index.ts';
import { resolutionOf } from './resolution.ts';
import { canonicalOf, type CorrectionView } from './review.ts';

export interface ShownEntity { id: string; name: string }
export type EntityIdOf = (documentId: string, entity: { id: string; type: EntityType; name: string }) => ShownEntity | null;

/** The id and name each record entity is shown under; null for one the analyst rejected. */
export async function entityIds(store: Store, view: CorrectionView): Promise<EntityIdOf> {
  const clusters = await resolutionOf(store).entityClusters();
  return (documentId, e) => {
    const byName = canonicalKey(e.type, e.name);
    const decided = canonicalOf(view, byName);
    if (decided === null) return null;
    const cluster = clusters.clusterOf(documentId, e.id);
    if (cluster === undefined || view.mergedInto.has(byName)) return { id: decided, name: view.renamed.get(decided) ?? e.name };
    // Decisions made on the cluster itself (from a resolved entity list) apply as well.
    const shown = canonicalOf(view, cluster);
    if (shown === null) return null;
    return { id: shown, name: view.renamed.get(shown) ?? view.renamed.get(byName) ?? clusters.nameOf(shown) ?? e.name };
  };
}
