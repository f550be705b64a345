// The extraction record (lantern.extraction/1): the contract shared by extract, store, server,
// exports and the scorer. Field names and meanings follow ../shared/spec/extraction-v1.md; extra
// fields are Lantern's own additions and are marked as such.

/** `[start, end)` UTF-16 offsets into `document.text`. */
export type Span = [number, number];
/** Unique within one record. */
export type Id = string;

export const EXTRACTION_SCHEMA = 'lantern.extraction/1' as const;

export interface ExtractionRecord {
  schema: typeof EXTRACTION_SCHEMA;
  document: RecordDocument;
  entities: Entity[];
  amounts: Amount[];
  transfers: Transfer[];
  events: Event[];
  citations: Citation[];
  quotes: Quote[];
  dates: DateMention[];
  /** Lantern: quantities of items ("17,000 pistols"). */
  quantities?: Quantity[];
  /** Lantern: what the extractor noticed but could not resolve; never an exception. */
  warnings?: string[];
  /** Lantern: which extractor version produced the record. */
  extractor?: string;
}

export interface RecordDocument {
  id: string;
  title: string | null;
  publication: string | null;
  volume: number | null;
  issue: number | null;
  /** ISO 8601 date of the precision known: "2006-10-10", "2006-10", "2006". */
  published: string | null;
  text: string;
}

/** "equipment" is a Lantern type beyond the spec's five; the scorer ignores it. */
export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'media' | 'equipment';

export interface Role {
  title: string;
  organization: Id | null;
  as_of: string | null;
}

export interface Entity {
  id: Id;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  roles?: Role[];
  parent?: Id | null;
  /** Lantern: model or rule confidence in [0, 1]. */
  confidence?: number;
  /** Lantern: gazetteer identifier (e.g. "geonames:1526384", "iso:KZ"). */
  gazetteer_id?: string | null;
}

export interface Amount {
  text: string;
  span: Span;
  value: number;
  value_max: number | null;
  /** ISO 4217 */
  currency: string;
  usd: number | null;
  usd_max: number | null;
  subject: string | null;
  date: string | null;
}

export type TransferStatus = 'delivered' | 'requested' | 'promised' | 'ordered' | 'planned';

export interface TransferItem {
  item: string;
  quantity: number | null;
}

export interface Transfer {
  /** Lantern: ids are not in the spec for transfers, but the ledger needs them. */
  id?: Id;
  supplier: Id | null;
  recipient: Id | null;
  items: TransferItem[];
  value: { value: number; currency: string } | null;
  status: TransferStatus;
  date: string | null;
  place: Id | null;
  citations: Id[];
  span: Span;
}

export const EVENT_TYPES = [
  'exercise', 'transfer', 'request', 'agreement', 'arrest', 'investigation', 'restriction',
  'legislation', 'deployment', 'appointment', 'statement', 'meeting', 'protest', 'riot',
  'attack', 'battle', 'violence_against_civilians', 'explosion', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface Event {
  id: Id;
  type: EventType;
  cameo: string | null;
  date: string | null;
  place: Id | null;
  actors: Id[];
  targets: Id[];
  quantity: number | null;
  citations: Id[];
  span: Span;
  summary: string;
}

export interface Citation {
  id: Id;
  source: string;
  dates: string[];
  span: Span;
  claim: Span;
}

export interface Quote {
  speaker: Id | null;
  text: string;
  span: Span;
  citations: Id[];
}

export interface DateMention {
  text: string;
  span: Span;
  value: string;
}

/** Lantern: "17,000 pistols", "riot shields (2,080)". */
export interface Quantity {
  text: string;
  span: Span;
  value: number;
  item: string;
  /** Entity id of the equipment entity, where one was recognised. */
  entity?: Id | null;
}
