// Builds documents and extraction records of the two seed articles (samples/) from the hand
// annotations in test/fixtures/e2e/seed-annotations.json, finding every span in the real text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTION_SCHEMA } from '../../src/model/index.ts';
import type { DocumentInput, Entity, EntityType, EventType, ExtractionRecord, Span, TransferStatus } from '../../src/model/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_IDS = ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4'] as const;

interface Annotations {
  published: string;
  entities: { id: string; type: EntityType; name: string; forms: string[]; roles?: string[]; country?: string; lat?: number; lon?: number }[];
  amounts: { text: string; value: number; currency: string; usd?: number; subject: string }[];
  citations: { id: string; text: string; source: string; dates: string[] }[];
  quotes: { speaker: string; text: string; citations: string[] }[];
  transfers: { id: string; text: string; supplier: string | null; recipient: string | null; status: TransferStatus; items: [string, number][]; value?: [number, string]; citations?: string[] }[];
  events: { id: string; type: EventType; text: string; date: string; place: string; actors: string[]; targets: string[]; summary: string; citations?: string[] }[];
  dates: [string, string][];
}

export interface SeedDocument {
  doc: DocumentInput;
  record: ExtractionRecord;
}

export function loadSeeds(): SeedDocument[] {
  const all = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/e2e/seed-annotations.json'), 'utf8')) as Record<string, Annotations>;
  return SEED_IDS.map((id) => buildSeed(id, all[id] as Annotations));
}

function buildSeed(id: string, notes: Annotations): SeedDocument {
  const raw = readFileSync(join(ROOT, 'samples', `${id}.txt`), 'utf8');
  const lines = raw.split('\n').filter((line) => line.trim() !== 'Placeholder canvas');
  const header = lines.findIndex((line) => line.startsWith('Publication:'));
  const title = lines.slice(0, header).find((line) => line.trim() !== '')?.trim() ?? null;
  const meta = /Publication: (.+?) Volume: (\d+) Issue: (\d+)/.exec(lines[header] ?? '');
  const text = lines.slice(header + 1).join('\n').trim();
  const doc: DocumentInput = {
    id, source: `samples/${id}.txt`, format: 'txt', title, publication: meta?.[1] ?? null,
    volume: meta ? Number(meta[2]) : null, issue: meta ? Number(meta[3]) : null, published: notes.published,
    url: null, text, contentHash: createHash('sha256').update(text).digest('hex'),
  };
  return { doc, record: buildRecord(doc, notes) };
}

function buildRecord(doc: DocumentInput, notes: Annotations): ExtractionRecord {
  const text = doc.text;
  const entities: Entity[] = notes.entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, aliases: e.forms.filter((f) => f !== e.name),
    mentions: findWords(text, e.forms), ...(e.country ? { country: e.country } : {}),
    ...(e.lat !== undefined ? { lat: e.lat, lon: e.lon ?? null } : {}),
    ...(e.roles ? { roles: e.roles.map((title) => ({ title, organization: null, as_of: null })) } : {}),
  }));
  return {
    schema: EXTRACTION_SCHEMA,
    document: { id: doc.id, title: doc.title, publication: doc.publication, volume: doc.volume, issue: doc.issue, published: doc.published, text },
    entities,
    amounts: notes.amounts.map((a) => ({
      text: a.text, span: spanOf(text, a.text), value: a.value, value_max: null, currency: a.currency,
      usd: a.usd ?? (a.currency === 'USD' ? a.value : null), usd_max: null, subject: a.subject, date: null,
    })),
    transfers: notes.transfers.map((t) => ({
      id: t.id, supplier: t.supplier, recipient: t.recipient, items: t.items.map(([item, quantity]) => ({ item, quantity })),
      value: t.value ? { value: t.value[0], currency: t.value[1] } : null, status: t.status, date: null, place: null,
      citations: t.citations ?? [], span: spanOf(text, t.text),
    })),
    events: notes.events.map((e) => ({
      id: e.id, type: e.type, cameo: null, date: e.date, place: e.place, actors: e.actors, targets: e.targets,
      quantity: null, citations: e.citations ?? [], span: spanOf(text, e.text), summary: e.summary,
    })),
    citations: notes.citations.map((c) => {
      const span = spanOf(text, c.text);
      return { id: c.id, source: c.source, dates: c.dates, span, claim: claimBefore(text, span[0]) };
    }),
    quotes: notes.quotes.map((q) => ({ speaker: q.speaker, text: q.text, span: spanOf(text, q.text), citations: q.citations })),
    dates: notes.dates.map(([surface, value]) => ({ text: surface, span: spanOf(text, surface), value })),
    extractor: 'seed-annotations',
  };
}

/** Every whole-word occurrence of any form, longest form first, without overlaps. */
function findWords(text: string, forms: string[]): Span[] {
  const spans: Span[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const span: Span = [m.index, m.index + form.length];
      if (!spans.some(([s, e]) => span[0] < e && s < span[1])) spans.push(span);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`seed annotation not found in text: ${needle}`);
  return [start, start + needle.length];
}

/** The sentence a citation closes: from the previous sentence end up to the parenthesis. */
function claimBefore(text: string, end: number): Span {
  const before = text.slice(0, end).trimEnd();
  const stop = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('\n'));
  return [stop < 0 ? 0 : stop + 1 + (text[stop + 1] === ' ' ? 1 : 0), before.length];
}
