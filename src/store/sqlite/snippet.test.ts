// Tests the SQLite store's snippets: matches marked as the tokenizer sees them, a window around the
// best cluster of matches, and a bounded result on a huge, repetitive text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryTokens, toFtsQuery, tokenPattern } from './fts-query.ts';
import { makeSnippet, SNIPPET_LENGTH } from './snippet.ts';

const SEED = readFileSync(join(import.meta.dirname, '../../../../shared/seeds', '003_c674a82b06f24ef4.txt'), 'utf8');

const patternOf = (input: string) => tokenPattern(queryTokens(toFtsQuery(input) ?? ''));

test('query tokens fold case and diacritics and keep prefixes', () => {
  assert.deepEqual(queryTokens(toFtsQuery('"Riot shields" Zaporizhzhia arm* São') ?? ''), [
    { token: 'riot', prefix: false }, { token: 'shields', prefix: false }, { token: 'zaporizhzhia', prefix: false },
    { token: 'arm', prefix: true }, { token: 'sao', prefix: false },
  ]);
  assert.equal(tokenPattern([]), null);
});

test('matches are marked whole-word, case- and accent-blind, prefixes to the end of the word', () => {
  assert.equal(makeSnippet('The Humvees and a humvee left São Paulo.', patternOf('humvee sao')), 'The Humvees and a «humvee» left «São» Paulo.');
  assert.equal(makeSnippet('Armed units and armour were armed.', patternOf('arm*')), '«Armed» units and «armour» were «armed».');
});

test('the window sits on the best cluster of matches in a real report', () => {
  const snippet = makeSnippet(SEED, patternOf('riot shields'));
  assert.match(snippet, /«riot» «shields»/u);
  assert.ok(snippet.length <= SNIPPET_LENGTH + 12, `${snippet.length} characters`);
});

test('no match in the text gives its opening, unmarked', () => {
  const snippet = makeSnippet(SEED, patternOf('Atlantis'));
  assert.ok(SEED.startsWith(snippet.replace(/…$/u, '')));
  assert.doesNotMatch(snippet, /«/u);
});

test('a 10 MB text repeating the word gives a bounded snippet', () => {
  const text = 'Humvee '.repeat(1_500_000);
  const snippet = makeSnippet(text.slice(0, 100_000), patternOf('Humvee'), true);
  assert.match(snippet, /^«Humvee» «Humvee»/u);
  assert.ok(snippet.endsWith('…'));
  assert.ok(snippet.replace(/[«»]/gu, '').length <= SNIPPET_LENGTH + 1, `${snippet.length} characters`);
});
