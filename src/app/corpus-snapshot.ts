// App: every stored record in memory, for the workbench's whole-corpus views (graph, map, facets,
// review queue). Rebuilt only when the set of stored documents changes.

import type { DocumentSummary, ExtractionRecord, Store } from '../model/index.ts';

export interface CorpusSnapshot {
  documents: DocumentSummary[];
  records: ExtractionRecord[];
}

const PAGE = 200;
const cache = new WeakMap<Store, { signature: string; snapshot: Promise<CorpusSnapshot> }>();

async function allDocuments(store: Store): Promise<DocumentSummary[]> {
  const out: DocumentSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) return out;
  }
}

async function load(store: Store, documents: DocumentSummary[]): Promise<CorpusSnapshot> {
  const records: ExtractionRecord[] = [];
  for (const d of documents) {
    const record = await store.getRecord(d.id);
    if (record) records.push(record);
  }
  return { documents, records };
}

/** The stored corpus; cheap when nothing was ingested or deleted since the last call. */
export async function corpusSnapshot(store: Store): Promise<CorpusSnapshot> {
  const documents = await allDocuments(store);
  const signature = documents.map((d) => `${d.id}@${d.ingestedAt}`).join('\n');
  const hit = cache.get(store);
  if (hit && hit.signature === signature) return hit.snapshot;
  const snapshot = load(store, documents);
  cache.set(store, { signature, snapshot });
  return snapshot;
}
