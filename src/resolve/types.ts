// Types of the resolution stage: members (one entity of one document), clusters (one real-world
// entity across documents), relation facts with provenance, corrections and the resolver's state.

import type { EntityType, Span } from '../model/index.ts';

/** One entity of one document after within-document merging, as the resolver keeps it. */
export interface Member {
  /** Stable across re-extraction: `${document}|${type}|${folded name}`. */
  key: string;
  document: string;
  /** The record's entity ids merged into this member (volatile; for the caller's mapping only). */
  entityIds: string[];
  type: EntityType;
  name: string;
  aliases: string[];
  /** Country the text or extractor gives this entity (ISO alpha-2). */
  country: string | null;
  /** The document's dominant country, used when a generic name ("Defense Ministry") needs one. */
  documentCountry: string | null;
  gazetteerId: string | null;
  published: string | null;
}

/**
 * A member as read from its document, with where it is mentioned: what relation facts need. The
 * resolver keeps no mentions (nor facts): they are derived again from the stored record on demand.
 */
export interface DocumentMember extends Member {
  mentions: Span[];
}

/** A resolved entity: members across documents. */
export interface Cluster {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  /** Member keys. */
  members: string[];
  /** Set by corrections: the analyst accepted this entity. */
  accepted?: boolean;
}

export type RelationKind = 'holds-role' | 'part-of' | 'located-in' | 'transferred-to' | 'cites' | 'co-occurs';

/** A relation stated by one document, between members of that document. */
export interface RelationFact {
  kind: RelationKind;
  from: string;
  to: string;
  document: string;
  spans: Span[];
  /** Cited outlets supporting it ("Interfax"). */
  sources: string[];
  /** holds-role: the title; transferred-to: the items; co-occurs: "sentence" or "paragraph". */
  label?: string;
  /** holds-role: as-of date; transferred-to: the transfer date. */
  date?: string | null;
}

export interface Provenance { document: string; spans: Span[]; sources: string[]; date: string | null }

/** A relation between clusters, with every document that states it. */
export interface Edge {
  kind: RelationKind;
  from: string;
  to: string;
  label: string | null;
  provenance: Provenance[];
}

/** Identifies members independently of volatile ids: type + name (folded) [+ document]. */
export interface EntityRef {
  type: EntityType;
  name: string;
  document?: string;
}

export type Correction =
  | { op: 'merge'; refs: EntityRef[] }
  | { op: 'split'; ref: EntityRef }
  | { op: 'rename'; ref: EntityRef; name: string }
  | { op: 'retype'; ref: EntityRef; type: EntityType }
  | { op: 'accept'; ref: EntityRef }
  | { op: 'reject'; ref: EntityRef };

export interface DocumentEntry {
  published: string | null;
  members: string[];
}

/** Serialisable (JSON) state of the resolver. */
export interface ResolverState {
  version: 1;
  nextCluster: number;
  members: Record<string, Member>;
  clusters: Record<string, Cluster>;
  documents: Record<string, DocumentEntry>;
  corrections: Correction[];
}

/** What one `addRecord` changed in the corrected view. */
export interface ResolutionDelta {
  document: string;
  /** The record's entity id -> cluster id (after corrections; absent when rejected). */
  assignments: Record<string, string>;
  created: string[];
  updated: string[];
  removed: string[];
}
