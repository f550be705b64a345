// Loads the event trigger lexicon (data/lexicon/event-types.json) and the people-count words
// (data/lexicon/event-counts.json) once, compiling trigger phrases to regular expressions.

import { readFileSync } from 'node:fs';
import type { EventType } from '../../model/index.ts';
import { compilePhrase } from '../transfers/phrase-pattern.ts';

/** A trigger phrase, and for ambiguous words a phrase the sentence must also hold ("attack~ @ killed|gunmen"). */
export interface TriggerPattern {
  phrase: RegExp;
  context: RegExp | null;
}

export interface EventTypeEntry {
  type: EventType;
  cameo: string | null;
  cameoRoots: string[];
  verb: string;
  triggers: TriggerPattern[];
  weak: TriggerPattern[];
  /** Position in the lexicon: lower is preferred when one sentence has several triggers. */
  rank: number;
}

export interface EventLexicon {
  types: EventTypeEntry[];
  numberWords: Map<string, number>;
  personNouns: Set<string>;
}

interface RawTypes {
  types: { type: EventType; cameo: string | null; cameoRoots: string[]; verb: string; triggers: string[]; weak: string[] }[];
}

interface RawCounts {
  numberWords: Record<string, number>;
  personNouns: string[];
}

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../data/lexicon/${name}`, import.meta.url), 'utf8')) as T;

function compileTrigger(source: string): TriggerPattern {
  const [phrase, context] = source.split(' @ ');
  return { phrase: compilePhrase(phrase!), context: context ? compilePhrase(context) : null };
}

let cached: EventLexicon | null = null;

export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const raw = readJson<RawTypes>('event-types.json');
  const counts = readJson<RawCounts>('event-counts.json');
  cached = {
    types: raw.types.map((t, rank) => ({
      ...t, rank, triggers: t.triggers.map(compileTrigger), weak: t.weak.map(compileTrigger),
    })),
    numberWords: new Map(Object.entries(counts.numberWords)),
    personNouns: new Set(counts.personNouns.map((w) => w.toLowerCase())),
  };
  return cached;
}
