// The working state the extraction pipeline passes from step to step: the text, its tokens and
// sentences, and the facts found so far. Each step reads what earlier steps found and adds its own.

import type {
  Amount, Citation, DateMention, Entity, Quantity, Quote, RecordDocument,
} from '../model/index.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface ExtractContext {
  text: string;
  document: RecordDocument;
  sentences: Sentence[];
  /** Includes equipment entities; ids are unique within the record. */
  entities: Entity[];
  amounts: Amount[];
  quantities: Quantity[];
  dates: DateMention[];
  citations: Citation[];
  quotes: Quote[];
  warnings: string[];
}
