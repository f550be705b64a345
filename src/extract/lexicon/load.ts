// Reads Lantern's word lists and gazetteers from data/ (repository root) once per process.
// Lists are plain text (one entry a line, '#' comments) or JSON; see data/lexicon/*.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const DATA = new URL('../../../data/', import.meta.url);
const cache = new Map<string, unknown>();

function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

/** Lines of data/<path>, trimmed, without blanks and '#' comments. */
export function readList(path: string): string[] {
  return cached(`list:${path}`, () => readFileSync(new URL(path, DATA), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
}

/** Parsed JSON of data/<path>; `.gz` files are gunzipped first. */
export function readJson<T>(path: string): T {
  return cached(`json:${path}`, () => {
    const raw = readFileSync(new URL(path, DATA));
    const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    return JSON.parse(text) as T;
  });
}

/** A Set built from a list file, optionally lowercased. */
export function readSet(path: string, lower = false): Set<string> {
  return cached(`set:${path}:${lower}`, () => new Set(readList(path).map((w) => (lower ? w.toLowerCase() : w))));
}
