// An in-memory Store for server tests: the same contract as the SQLite store, kept simple
// (substring search, entities merged by type and name). Not for production use.
import type {
  DocumentInput, DocumentSummary, EntityRef, EntitySummary, EntityType, EventFilter, EventRow, ExtractionRecord,
  MentionRow, Page, PageRequest, ResolutionState, ResolutionUpdate, SaveOutcome, SearchHit, Store, StoredDocument, TransferFilter, TransferRow,
} from '../../src/model/index.ts';

interface Entry {
  doc: StoredDocument;
  record: ExtractionRecord;
}

export function canonicalEntityId(type: EntityType, name: string): string {
  return `${type}:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

function paginate<T>(all: T[], page: PageRequest = {}): Page<T> {
  const limit = page.limit ?? 20;
  const offset = page.offset ?? 0;
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

export class MemoryStore implements Store {
  readonly #entries = new Map<string, Entry>();

  async saveDocument(doc: DocumentInput, record: ExtractionRecord): Promise<SaveOutcome> {
    const old = this.#entries.get(doc.id);
    if (old?.doc.contentHash === doc.contentHash) return 'unchanged';
    if (!old && (await this.hasContent(doc.contentHash))) return 'unchanged';
    this.#entries.set(doc.id, { doc: { ...doc, ingestedAt: new Date().toISOString() }, record });
    this.#resolved.delete(doc.id);
    return old ? 'updated' : 'created';
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return [...this.#entries.values()].some((e) => e.doc.contentHash === contentHash);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    return this.#entries.get(id)?.doc ?? null;
  }

  async getRecord(documentId: string): Promise<ExtractionRecord | null> {
    return this.#entries.get(documentId)?.record ?? null;
  }

  async listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>> {
    const rows = [...this.#entries.values()].map(({ doc, record }) => ({
      id: doc.id, title: doc.title, publication: doc.publication, published: doc.published,
      source: doc.source, ingestedAt: doc.ingestedAt, entityCount: record.entities.length,
    }));
    return paginate(rows.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')), page);
  }

  async search(query: string, page?: PageRequest): Promise<Page<SearchHit>> {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    for (const { doc } of this.#entries.values()) {
      const haystack = `${doc.title ?? ''}\n${doc.text}`;
      const lower = haystack.toLowerCase();
      if (!terms.every((t) => lower.includes(t))) continue;
      const score = terms.reduce((n, t) => n + lower.split(t).length - 1, 0);
      hits.push({ documentId: doc.id, title: doc.title, publication: doc.publication, published: doc.published, snippet: makeSnippet(haystack, terms), score });
    }
    return paginate(hits.sort((a, b) => b.score - a.score), page);
  }

  async listEntities(filter: { q?: string; type?: EntityType } & PageRequest = {}): Promise<Page<EntitySummary>> {
    const q = filter.q?.toLowerCase();
    const rows = [...this.#collectEntities().values()]
      .filter((e) => (!filter.type || e.type === filter.type) && (!q || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q))))
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    return paginate(rows, filter);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    return this.#collectEntities().get(id) ?? null;
  }

  async listMentions(entityId: string, page?: PageRequest): Promise<Page<MentionRow>> {
    const rows: MentionRow[] = [];
    for (const { doc, record } of this.#entries.values()) {
      for (const e of record.entities) {
        if (canonicalEntityId(e.type, e.name) !== entityId) continue;
        for (const span of e.mentions) rows.push({ entityId, documentId: doc.id, span, text: doc.text.slice(span[0], span[1]) });
      }
    }
    return paginate(rows, page);
  }

  async listEvents(filter: EventFilter = {}): Promise<Page<EventRow>> {
    const rows: EventRow[] = [];
    for (const { doc, record } of this.#entries.values()) {
      const ref = refResolver(record);
      for (const e of record.events) {
        const row: EventRow = {
          id: `${doc.id}/${e.id}`, documentId: doc.id, type: e.type, cameo: e.cameo, date: e.date, place: ref(e.place),
          actors: e.actors.map(ref).filter((r) => r !== null), targets: e.targets.map(ref).filter((r) => r !== null),
          quantity: e.quantity, summary: e.summary, span: e.span, text: doc.text.slice(e.span[0], e.span[1]),
          sources: sourcesOf(record, e.citations),
        };
        if (matchesEvent(row, filter)) rows.push(row);
      }
    }
    return paginate(rows, filter);
  }

  async listTransfers(filter: TransferFilter = {}): Promise<Page<TransferRow>> {
    const rows: TransferRow[] = [];
    for (const { doc, record } of this.#entries.values()) {
      const ref = refResolver(record);
      record.transfers.forEach((t, i) => {
        const row: TransferRow = {
          id: `${doc.id}/${t.id ?? `t${i}`}`, documentId: doc.id, supplier: ref(t.supplier), recipient: ref(t.recipient),
          items: t.items, value: t.value, status: t.status, date: t.date, place: ref(t.place), span: t.span,
          text: doc.text.slice(t.span[0], t.span[1]), sources: sourcesOf(record, t.citations),
        };
        if (matchesTransfer(row, filter)) rows.push(row);
      });
    }
    return paginate(rows, filter);
  }

  async deleteDocument(id: string): Promise<boolean> {
    this.#resolved.delete(id);
    return this.#entries.delete(id);
  }

  readonly #resolved = new Set<string>();

  async unresolvedDocuments(after: string | null, limit: number): Promise<string[]> {
    return [...this.#entries.keys()].filter((id) => !this.#resolved.has(id) && id > (after ?? '')).sort().slice(0, limit);
  }

  // Resolution state is kept (so the app can resume) but entities stay grouped by type and name.
  #resolution: { state: string | null; parts: Map<string, string>; version: number } = { state: null, parts: new Map(), version: 0 };

  async loadResolution(): Promise<ResolutionState> {
    const { state, parts, version } = this.#resolution;
    return { state, version, parts: [...parts].map(([key, json]) => ({ key, json })) };
  }

  async resolutionVersion(): Promise<number> {
    return this.#resolution.version;
  }

  async saveResolution(update: ResolutionUpdate, expectedVersion: number): Promise<number | null> {
    if (expectedVersion !== this.#resolution.version) return null;
    for (const p of update.parts ?? []) {
      if (p.json === null) this.#resolution.parts.delete(p.key);
      else this.#resolution.parts.set(p.key, p.json);
    }
    for (const id of update.documents) if (this.#entries.has(id)) this.#resolved.add(id);
    this.#resolution.state = update.state;
    this.#resolution.version = expectedVersion + 1;
    return this.#resolution.version;
  }

  async close(): Promise<void> {}

  #collectEntities(): Map<string, EntitySummary> {
    const byId = new Map<string, EntitySummary & { docs: Set<string> }>();
    for (const { doc, record } of this.#entries.values()) {
      for (const e of record.entities) {
        const id = canonicalEntityId(e.type, e.name);
        const row = byId.get(id) ?? { id, type: e.type, name: e.name, aliases: [], documentCount: 0, mentionCount: 0, docs: new Set<string>() };
        row.docs.add(doc.id);
        row.documentCount = row.docs.size;
        row.mentionCount += e.mentions.length;
        row.aliases = [...new Set([...row.aliases, ...e.aliases])];
        byId.set(id, row);
      }
    }
    return new Map([...byId].map(([id, { docs: _docs, ...summary }]) => [id, summary]));
  }
}

function refResolver(record: ExtractionRecord): (id: string | null) => EntityRef | null {
  return (id) => {
    const e = record.entities.find((x) => x.id === id);
    return e ? { id: canonicalEntityId(e.type, e.name), type: e.type, name: e.name } : null;
  };
}

function sourcesOf(record: ExtractionRecord, ids: string[]): string[] {
  return record.citations.filter((c) => ids.includes(c.id)).map((c) => c.source);
}

function overlaps(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || date.slice(0, from.length) >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to.slice(0, date.length));
}

function matchesEvent(row: EventRow, f: EventFilter): boolean {
  const refs = [...row.actors, ...row.targets, ...(row.place ? [row.place] : [])];
  return (!f.type || row.type === f.type) && (!f.documentId || row.documentId === f.documentId)
    && (!f.entity || refs.some((r) => r.id === f.entity)) && overlaps(row.date, f.from, f.to);
}

function matchesTransfer(row: TransferRow, f: TransferFilter): boolean {
  const item = f.item?.toLowerCase();
  return (!f.status || row.status === f.status) && (!f.documentId || row.documentId === f.documentId)
    && (!f.supplier || row.supplier?.id === f.supplier) && (!f.recipient || row.recipient?.id === f.recipient)
    && (!item || row.items.some((i) => i.item.toLowerCase().includes(item)));
}

/** About 160 characters around the first match, every term wrapped in « ». */
function makeSnippet(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)));
  const start = Math.max(0, first - 70);
  const window = text.slice(start, start + 160).replace(/\s+/g, ' ');
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  return `${start > 0 ? '…' : ''}${window.replace(pattern, (m) => `«${m}»`)}${start + 160 < text.length ? '…' : ''}`;
}
