// Tests of the EDM masthead: header fields, the title line, and the year a volume stands for.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeTitle, splitMasthead, yearFromVolume } from './edm-header.ts';

test('the header and the ALL-CAPS title above it become metadata and leave the body', () => {
  const text = 'KAZAKHSTAN PREPARED TO USE FORCE\n\nPublication: Eurasia Daily Monitor Volume: 2 Issue: 129\n\nKazakh President Nazarbayev spoke.';
  const split = splitMasthead(text);
  assert.deepEqual(split, {
    title: 'KAZAKHSTAN PREPARED TO USE FORCE', publication: 'Eurasia Daily Monitor', volume: 2, issue: 129,
    body: 'Kazakh President Nazarbayev spoke.',
  });
});

test('a header without a title line keeps what precedes it when that reads as prose', () => {
  const text = 'An introductory sentence that ends with a full stop.\nPublication: Eurasia Daily Monitor Volume: 3 Issue: 191\nBody.';
  const split = splitMasthead(text);
  assert.equal(split.title, null);
  assert.equal(split.issue, 191);
  assert.equal(split.body, 'An introductory sentence that ends with a full stop.\n\nBody.');
});

test('text without a header is untouched', () => {
  const split = splitMasthead('Just a report.\n\nWith two paragraphs.');
  assert.equal(split.publication, null);
  assert.equal(split.body, 'Just a report.\n\nWith two paragraphs.');
});

test('titles are ALL-CAPS or short non-sentences', () => {
  assert.ok(looksLikeTitle('KAZAKHSTAN PREPARED TO USE FORCE AGAINST “REVOLUTIONARIES”'));
  assert.ok(looksLikeTitle('Kazakhstan holds Caspian exercise'));
  assert.ok(!looksLikeTitle('Kazakhstan has conducted military exercises in its western region.'));
});

test('EDM volume n is the year 2003 + n, and only for EDM', () => {
  assert.equal(yearFromVolume('Eurasia Daily Monitor', 3), '2006');
  assert.equal(yearFromVolume('Eurasia Daily Monitor', 1), '2004');
  assert.equal(yearFromVolume('Jamestown Terrorism Monitor', 3), null);
  assert.equal(yearFromVolume('Eurasia Daily Monitor', null), null);
});
