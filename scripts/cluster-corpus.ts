// Unlabelled news text for build-clusters, tokenised like CoNLL: BBC, India police events, MUC-3/4
// dev/tst1/tst2, ACLED notes and the re3d development folders. Evaluation splits (CoNLL eng.testb,
// MUC tst3/tst4, re3d CENTCOM/US_State_Department/UK_Government/Wikipedia) are never read.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TOKEN = /(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:[.\-&][A-Za-z0-9]+)*|'[a-z]+|[^\sA-Za-z0-9]/g;

/** Token lists of each line of a text (lines approximate sentences well enough for neighbour counts). */
export function tokenLines(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\n+|(?<=[.!?])\s+(?=[A-Z])/)) {
    const tokens = line.match(TOKEN);
    if (tokens) out.push(tokens);
  }
  return out;
}

function bbc(dir: string): string[][] {
  const out: string[][] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(resolve(dir, topic.name)).filter((f) => f.endsWith('.txt'))) {
      out.push(...tokenLines(readFileSync(resolve(dir, topic.name, file), 'latin1')));
    }
  }
  return out;
}

function jsonLines(file: string, field: string): string[][] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .flatMap((l) => tokenLines(String((JSON.parse(l) as Record<string, unknown>)[field] ?? '')));
}

/** The quoted "notes" column of an ACLED export (RFC 4180 quoting). */
function acledNotes(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  const notes = (rows[0] ?? []).indexOf('notes');
  return notes < 0 ? [] : rows.slice(1).flatMap((r) => tokenLines(r[notes] ?? ''));
}

const RE3D_DEV = ['Australian_Department_of_Foreign_Affairs', 'BBC_Online', 'Delegation_of_the_European_Union_to_Syria'];

/** All development/unlabelled sentences under the shared data directory. */
export function clusterCorpus(shared: string): { name: string; sentences: string[][] }[] {
  const acledDir = resolve(shared, 'acled');
  return [
    { name: 'bbc', sentences: bbc(resolve(shared, 'news/bbc')) },
    { name: 'india_police_events', sentences: jsonLines(resolve(shared, 'india_police_events/docs.jsonl'), 'doc_text') },
    { name: 'muc34', sentences: ['dev', 'tst1', 'tst2'].flatMap((s) => jsonLines(resolve(shared, `muc34/muc34_${s}.jsonl`), 'text')) },
    { name: 'acled', sentences: readdirSync(acledDir).filter((f) => f.endsWith('.csv')).flatMap((f) => acledNotes(resolve(acledDir, f))) },
    {
      name: 're3d-dev',
      sentences: RE3D_DEV.map((d) => resolve(shared, 're3d', d, 'documents.json')).filter((f) => existsSync(f)).flatMap((f) => jsonLines(f, 'text')),
    },
  ];
}
