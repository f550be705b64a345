// App: the resolver's state saved in parts, so adding a document rewrites its own part and the
// clusters its members joined or left, not the whole graph: a small shared part (counter and
// corrections), one part per document (its entry and members), one per cluster.

import type { ResolutionState } from '../model/index.ts';
import type { Cluster, Correction, DocumentEntry, Member, ResolverState } from '../resolve/index.ts';

type Part = { key: string; json: string | null };
interface SharedPart { version: 1; nextCluster: number; corrections: Correction[] }
interface DocumentPart { entry: DocumentEntry; members: Member[] }

const docKey = (id: string) => `d:${id}`;
const clusterKey = (id: string) => `c:${id}`;

/** The resolver state the parts describe; undefined before the first save. */
export function assembleState(saved: ResolutionState): ResolverState | undefined {
  if (saved.state === null) return undefined;
  const shared = JSON.parse(saved.state) as SharedPart | ResolverState;
  if ('members' in shared) return shared; // saved whole, before the state was split
  const state: ResolverState = { ...shared, members: {}, clusters: {}, documents: {} };
  for (const { key, json } of saved.parts ?? []) {
    if (key.startsWith('c:')) {
      const cluster = JSON.parse(json) as Cluster;
      state.clusters[cluster.id] = cluster;
    } else if (key.startsWith('d:')) {
      const part = JSON.parse(json) as DocumentPart;
      state.documents[key.slice(2)] = part.entry;
      for (const m of part.members) state.members[m.key] = m;
    }
  }
  return state;
}

/** Remembers which members and clusters were saved, to tell which parts a change touched. */
export class PartTracker {
  private readonly docMembers = new Map<string, string[]>();
  private readonly clusterOf = new Map<string, string>();

  constructor(state: Readonly<ResolverState>) {
    for (const [id, entry] of Object.entries(state.documents)) this.docMembers.set(id, [...entry.members]);
    for (const c of Object.values(state.clusters)) for (const k of c.members) this.clusterOf.set(k, c.id);
  }

  /**
   * The shared part and the parts of `documents` and of every cluster their members were or are in
   * (`clusterNow`: a member's cluster in `state`, looked up, since scanning every cluster per save
   * made a save's cost the graph's).
   */
  changes(state: Readonly<ResolverState>, documents: readonly string[], clusterNow: (memberKey: string) => string | undefined): { shared: string; parts: Part[] } {
    const shared: SharedPart = { version: 1, nextCluster: state.nextCluster, corrections: state.corrections };
    const parts: Part[] = [];
    const clusters = new Set<string>();
    for (const id of new Set(documents)) {
      for (const k of this.docMembers.get(id) ?? []) {
        const c = this.clusterOf.get(k);
        if (c) clusters.add(c);
        this.clusterOf.delete(k);
      }
      const entry = state.documents[id];
      if (!entry) {
        this.docMembers.delete(id);
        parts.push({ key: docKey(id), json: null });
        continue;
      }
      const members = entry.members.map((k) => state.members[k]).filter((m): m is Member => m !== undefined);
      parts.push({ key: docKey(id), json: JSON.stringify({ entry, members } satisfies DocumentPart) });
      this.docMembers.set(id, [...entry.members]);
      for (const k of entry.members) {
        const c = clusterNow(k);
        if (c) clusters.add(c);
      }
    }
    for (const id of clusters) {
      const c = state.clusters[id];
      parts.push({ key: clusterKey(id), json: c ? JSON.stringify(c) : null });
      for (const k of c?.members ?? []) this.clusterOf.set(k, id);
    }
    return { shared: JSON.stringify(shared), parts };
  }
}
