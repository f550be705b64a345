// Tests that user input always becomes a well-formed FTS5 query.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFtsQuery } from './fts-query.ts';

test('terms are quoted; phrases, prefixes and OR survive', () => {
  assert.equal(toFtsQuery('Humvee'), '"Humvee"');
  assert.equal(toFtsQuery('"riot shields" arm*'), '"riot shields" "arm"*');
  assert.equal(toFtsQuery('Russia OR China'), '"Russia" OR "China"');
  assert.equal(toFtsQuery('Kozy-Korpesh Dzhanburchin'), '"Kozy-Korpesh" "Dzhanburchin"');
});

test('syntax users did not mean is neutralised', () => {
  assert.equal(toFtsQuery('"unbalanced'), '"unbalanced"');
  assert.equal(toFtsQuery('NEAR(a b) AND NOT'), '"NEAR a" "b" "AND" "NOT"');
  assert.equal(toFtsQuery('OR Russia OR'), '"Russia"');
  assert.equal(toFtsQuery('title:"x"'), '"title x"');
  assert.equal(toFtsQuery('((( *** ""'), null);
  assert.equal(toFtsQuery('   '), null);
});
