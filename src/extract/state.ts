// Working state private to this pipeline: entity mentions found by the steps before they are
// merged into record entities (step "merge"). Events/transfers only see the merged ExtractContext.
import type { EntityType } from '../model/index.ts';

export interface PlaceHit {
  name: string; lat: number; lon: number; country: string | null; id: string;
  kind: 'city' | 'country' | 'region'; population: number;
}

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** Surface form without titles or possessive: "Nursultan Nazarbayev". */
  name: string;
  confidence: number;
  /** Titles seen with a person mention, lowercase: ["president"]; ranks kept separately. */
  titles?: string[];
  ranks?: string[];
  /** Qualifier before a title ("Kazakh", "U.S."): country of the role. */
  titleCountry?: string | null;
  place?: PlaceHit;
  /** Name of the body this organization belongs to ("Interior Ministry Troops"). */
  parentName?: string;
  /** Other names stated for the same thing: "(FSB)", "(KAZBAT)". */
  aliases?: string[];
}

export interface PipelineState {
  mentions: Mention[];
  /** Set by the merge step: the record entity id of each mention. */
  entityOf: Map<Mention, string>;
}

/** True when [a0,a1) and [b0,b1) overlap. */
export function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}
