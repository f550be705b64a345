// Reads the PETRARCH2 actor dictionaries (MIT) into NER gazetteer lists: people, organizations and
// places, sorted by their CAMEO codes (a dated code is a person's tenure, a bare country code a place).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ActorLists { PER: string[]; ORG: string[]; LOC: string[] }

interface Entry { names: string[]; codes: string[] }

/** "KOFI_ATTA_ANNAN_" -> "KOFI ATTA ANNAN"; parenthesised acronyms and stray marks dropped. */
function phraseOf(raw: string): string {
  return raw.replace(/\(.*?\)/g, ' ').replace(/#.*$/, '').replace(/[_+]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Entries: a head line, its "+" synonyms, and the [CODE ...] groups on it or on indented lines. */
function entriesOf(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const codes = [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] as string).trim());
    const body = line.replace(/\[[^\]]*\]/g, '').replace(/#.*$/, '');
    if (/^\s/.test(line)) { current?.codes.push(...codes); continue; }
    if (line.startsWith('+')) { current?.names.push(phraseOf(body)); current?.codes.push(...codes); continue; }
    current = { names: [phraseOf(body)], codes };
    entries.push(current);
  }
  return entries;
}

/** PER when any code carries a date restriction, LOC for a bare 3-letter country code, else ORG. */
function categoryOf(entry: Entry, file: string): keyof ActorLists {
  if (entry.codes.some((c) => /\s[<>]?\d{6}/.test(c) || /\d{6}-\d{6}/.test(c))) return 'PER';
  if (file.includes('Countries') && entry.codes.some((c) => /^[A-Z]{3}$/.test(c))) return 'LOC';
  return 'ORG';
}

const FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];

export function readPetrarchActors(dir: string): ActorLists {
  const out: Record<keyof ActorLists, Set<string>> = { PER: new Set(), ORG: new Set(), LOC: new Set() };
  for (const file of FILES) {
    for (const entry of entriesOf(readFileSync(resolve(dir, file), 'utf8'))) {
      const category = categoryOf(entry, file);
      for (const name of entry.names) if (/[A-Z]{2}/.test(name)) out[category].add(name);
    }
  }
  return { PER: [...out.PER], ORG: [...out.ORG], LOC: [...out.LOC] };
}
