// Export: the store read page by page, so an export of any size holds one page in memory at a
// time (the graph and places exports aggregate, but only their nodes, never the documents).

import type { ExtractionRecord, Page, PageRequest, Store } from '../../model/index.ts';

export const PAGE_SIZE = 200;

/** Every item of a paged listing, fetching the next page only when the consumer asks. */
export async function* pages<T>(list: (page: PageRequest) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await list({ limit: PAGE_SIZE, offset });
    yield* page.items;
    if (page.items.length < PAGE_SIZE || offset + page.items.length >= page.total) return;
  }
}

/** Every stored extraction record, in document order. */
export async function* records(store: Store): AsyncGenerator<ExtractionRecord> {
  for await (const doc of pages((p) => store.listDocuments(p))) {
    const record = await store.getRecord(doc.id);
    if (record) yield record;
  }
}
