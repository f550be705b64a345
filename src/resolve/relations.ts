// Relation facts a record states (holds-role, part-of, located-in, transferred-to, cites,
// co-occurs), between its members, and their aggregation into cluster edges with provenance.

import type { ExtractionRecord, Span } from '../model/index.ts';
import type { DocumentMember, Edge, RelationFact } from './types.ts';
import { countryOfName } from './countries.ts';
import { coOccurrenceFacts } from './co-occurrence.ts';

type Locate = (entityId: string | null) => DocumentMember | undefined;

function locator(members: readonly DocumentMember[]): Locate {
  const byId = new Map<string, DocumentMember>();
  for (const m of members) for (const id of m.entityIds) byId.set(id, m);
  return (id) => (id === null ? undefined : byId.get(id));
}

function roleAndParentFacts(record: ExtractionRecord, find: Locate): RelationFact[] {
  const doc = record.document.id;
  const facts: RelationFact[] = [];
  for (const e of record.entities) {
    const m = find(e.id);
    if (!m) continue;
    for (const r of e.roles ?? []) {
      const org = find(r.organization);
      facts.push({
        kind: 'holds-role', from: m.key, to: org?.key ?? '', document: doc, spans: e.mentions.slice(0, 1),
        sources: [], label: r.title, date: r.as_of ?? record.document.published,
      });
    }
    const parent = find(e.parent ?? null);
    if (parent && parent.key !== m.key) {
      const kind = parent.type === 'place' ? 'located-in' : 'part-of';
      facts.push({ kind, from: m.key, to: parent.key, document: doc, spans: e.mentions.slice(0, 1), sources: [] });
    }
  }
  return facts;
}

function transferFacts(record: ExtractionRecord, find: Locate): RelationFact[] {
  const sourceOf = new Map(record.citations.map((c) => [c.id, c.source]));
  return record.transfers.flatMap((t): RelationFact[] => {
    const from = find(t.supplier);
    const to = find(t.recipient);
    if (!from || !to) return [];
    return [{
      kind: 'transferred-to', from: from.key, to: to.key, document: record.document.id, spans: [t.span],
      sources: t.citations.map((id) => sourceOf.get(id) ?? '').filter((s) => s !== ''),
      label: t.items.map((i) => (i.quantity === null ? i.item : `${i.quantity} ${i.item}`)).join(', '), date: t.date,
    }];
  });
}

const inside = (span: Span, outer: Span): boolean => span[0] >= outer[0] && span[1] <= outer[1];

/** cites: every member mentioned in a claim -> the outlet the citation names. */
function citationFacts(record: ExtractionRecord, members: readonly DocumentMember[]): RelationFact[] {
  return record.citations.flatMap((c) => {
    const outlet = members.find((m) => m.mentions.some((s) => inside(s, c.span)) && m.type !== 'place');
    if (!outlet) return [];
    return members
      .filter((m) => m !== outlet && m.mentions.some((s) => inside(s, c.claim)))
      .map((m): RelationFact => ({
        kind: 'cites', from: m.key, to: outlet.key, document: record.document.id, spans: [c.claim],
        sources: [c.source], date: c.dates[0] ?? null,
      }));
  });
}

/** located-in: a place of known country -> that country, when the document names the country. */
function countryFacts(record: ExtractionRecord, members: readonly DocumentMember[]): RelationFact[] {
  const countries = new Map(members.flatMap((m) => {
    const code = m.type === 'place' ? countryOfName(m.name) : null;
    return code ? [[code, m] as const] : [];
  }));
  return members.flatMap((m): RelationFact[] => {
    const country = m.type === 'place' && !countryOfName(m.name) && m.country ? countries.get(m.country) : undefined;
    if (!country) return [];
    return [{ kind: 'located-in', from: m.key, to: country.key, document: record.document.id, spans: m.mentions.slice(0, 1), sources: [] }];
  });
}

/** A fact stated inside a cited claim carries the citation's outlet as its source. */
function addClaimSources(facts: RelationFact[], record: ExtractionRecord): RelationFact[] {
  for (const f of facts) {
    if (f.sources.length > 0 || f.kind === 'co-occurs') continue;
    const cited = record.citations.filter((c) => f.spans.some((s) => inside(s, c.claim)));
    f.sources = [...new Set(cited.map((c) => c.source))];
  }
  return facts;
}

/** Every relation the record states, between its members. */
export function factsOf(record: ExtractionRecord, members: readonly DocumentMember[]): RelationFact[] {
  const find = locator(members);
  return addClaimSources([
    ...roleAndParentFacts(record, find), ...countryFacts(record, members), ...transferFacts(record, find),
    ...citationFacts(record, members), ...coOccurrenceFacts(record, members),
  ], record);
}

/** Aggregates facts into cluster edges; facts whose members are rejected are dropped. */
export function edgesOf(facts: readonly RelationFact[], clusterOf: ReadonlyMap<string, string>): Edge[] {
  const edges = new Map<string, Edge>();
  for (const f of facts) {
    const from = clusterOf.get(f.from);
    const to = f.to === '' ? '' : clusterOf.get(f.to);
    if (!from || to === undefined || from === to) continue;
    const label = f.kind === 'holds-role' || f.kind === 'co-occurs' ? (f.label ?? null) : null;
    const id = `${f.kind}|${from}|${to}|${label ?? ''}`;
    const edge = edges.get(id) ?? { kind: f.kind, from, to, label, provenance: [] };
    edge.provenance.push({ document: f.document, spans: f.spans, sources: f.sources, date: f.date ?? null });
    edges.set(id, edge);
  }
  return [...edges.values()];
}
