// Loads the transfer cue lexicon (data/lexicon/transfer-cues.json) once and compiles its phrases.
// Word lists live in the data file so analysts can extend them without touching code.

import { readFileSync } from 'node:fs';
import type { TransferStatus } from '../../model/index.ts';
import { compilePhrase } from './phrase-pattern.ts';

/** Who the grammatical subject is: the giver, the buyer or the receiver; or a requester. */
export type CueDirection = 'subject-supplies' | 'subject-buys' | 'subject-receives' | 'recipient-to';

export interface StatusCue {
  status: TransferStatus;
  direction: CueDirection;
  patterns: RegExp[];
}

export interface TransferLexicon {
  statuses: StatusCue[];
  partyNouns: string[];
  handoverNouns: RegExp;
  itemVariants: Map<string, string>;
  personNouns: Set<string>;
}

interface RawCues {
  statuses: { status: TransferStatus; direction: CueDirection; cues: string[] }[];
  partyNouns: string[];
  handoverNouns: string[];
  itemVariants: Record<string, string>;
}

const dataUrl = (name: string): URL => new URL(`../../../data/lexicon/${name}`, import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), 'utf8')) as T;

let cached: TransferLexicon | null = null;

export function transferLexicon(): TransferLexicon {
  if (cached) return cached;
  const raw = readJson<RawCues>('transfer-cues.json');
  const counts = readJson<{ personNouns: string[] }>('event-counts.json');
  cached = {
    statuses: raw.statuses.map((s) => ({ status: s.status, direction: s.direction, patterns: s.cues.map(compilePhrase) })),
    // Longest first so "police units" is preferred to "police".
    partyNouns: [...raw.partyNouns].sort((a, b) => b.length - a.length),
    handoverNouns: new RegExp(`\\b(${raw.handoverNouns.join('|')})\\b`, 'i'),
    itemVariants: new Map(Object.entries(raw.itemVariants)),
    personNouns: new Set(counts.personNouns.map((w) => w.toLowerCase())),
  };
  return cached;
}
