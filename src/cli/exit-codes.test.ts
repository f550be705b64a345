// Tests of the single error → exit-code map and of the "lantern: <message>" error line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, StoreQueryError, UnreadableFileError, ValidationError } from '../model/index.ts';
import { exitCodeFor, reportError, EXIT_INTERNAL } from './exit-codes.ts';

test('user errors and our own failures get distinct exit codes', () => {
  assert.equal(exitCodeFor(new UnreadableFileError('a.txt', 'empty file')), 1);
  assert.equal(exitCodeFor(new ValidationError('bad')), 2);
  assert.equal(exitCodeFor(new NotFoundError('document', 'x')), 3);
  assert.equal(exitCodeFor(new StoreQueryError('failed', 'SELECT 1', [])), 7);
  assert.equal(exitCodeFor(new Error('bug')), EXIT_INTERNAL);
});

test('errors print as one "lantern:" line; unexpected ones add the stack', () => {
  const lines: string[] = [];
  assert.equal(reportError(new ValidationError('the search query is empty'), (l) => lines.push(l)), 2);
  assert.deepEqual(lines, ['lantern: the search query is empty\n']);
  lines.length = 0;
  reportError(new TypeError('oops'), (l) => lines.push(l));
  assert.equal(lines[0], 'lantern: oops\n');
  assert.match(lines[1] ?? '', /TypeError: oops/u);
});
