// Tests of boilerplate removal on the seed's real scrape artefacts and common widget lines.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanText, isBoilerplateLine, stripGluedTail } from './clean-text.ts';

const SEED = readFileSync(new URL('../../samples/003_c674a82b06f24ef4.txt', import.meta.url), 'utf8');

test('the seed loses its stray Placeholder canvas line and nothing else', () => {
  const cleaned = cleanText(SEED);
  assert.ok(!cleaned.includes('Placeholder canvas'));
  assert.ok(cleaned.startsWith('KAZAKHSTAN PREPARED TO USE FORCE'));
  assert.equal(cleaned.split('\n\n').length, SEED.trim().split('\n\n').length - 1);
});

test('a placeholder glued to the end of a paragraph is cut at the sentence end', () => {
  assert.equal(stripGluedTail('Officials said so in Tashkent.Placeholder canvas'), 'Officials said so in Tashkent.');
  assert.equal(stripGluedTail('They asked us to share this article'), 'They asked us to share this article');
  assert.equal(cleanText('One.Placeholder canvas\n\nTwo.'), 'One.\n\nTwo.');
});

test('share widgets and navigation bars are boilerplate, prose is not', () => {
  for (const line of ['Share this', 'Tweet', 'PRINT', 'Share · Tweet · Print', 'Home | News | Analysis | About us', 'Email:']) {
    assert.ok(isBoilerplateLine(line), line);
  }
  for (const line of [
    'Print media in Kazakhstan remain under pressure.',
    'Kazakhstan Interior Minister Zautbek Turisbekov believes that force is justified.',
    'Russia, China | the SCO',
    '',
  ]) {
    assert.ok(!isBoilerplateLine(line), line);
  }
});

test('line breaks, blank runs and invisible characters are normalised', () => {
  assert.equal(cleanText('\uFEFFA\u200B line  \r\n\r\n\r\n\r\nB\tline\u00A0end'), 'A line\n\nB line end');
});
