// Shared by the NER scripts: the --data option (default ../shared/data/conll2003 from the repo root)
// and reading a CoNLL-2003 split from it.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, type ConllDocument } from '../src/extract/ner/conll.ts';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Value of `--name VALUE` in argv, or undefined. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The CoNLL directory from --data, resolved against the repo root. */
export function conllDir(): string {
  return resolve(REPO_ROOT, option('data') ?? '../shared/data/conll2003');
}

export function readSplit(dir: string, name: 'eng.train' | 'eng.testa' | 'eng.testb'): ConllDocument[] {
  return parseConll(readFileSync(resolve(dir, name), 'utf8'));
}
