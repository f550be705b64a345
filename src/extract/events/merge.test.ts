// Merging repeated mentions of an event: one per type and stated date; transfers stay apart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventType } from '../../model/index.ts';
import { DateSource } from './attributes.ts';
import { mergeEvents, type DraftEvent } from './merge.ts';

function draft(type: EventType, at: number, date: string | null, dateSource: DateSource, fromTransfer = false): DraftEvent {
  return { id: '', type, cameo: null, date, place: null, actors: [], targets: [], quantity: null, citations: [], span: [at, at + 10], summary: '', dateSource, fromTransfer };
}

test('undated and borrowed-date mentions join the stated one', () => {
  const merged = mergeEvents([
    draft('exercise', 0, null, DateSource.None),
    draft('exercise', 100, '2006-10-10', DateSource.Stated),
    draft('exercise', 200, '2006-10-12', DateSource.Citation),
  ]);
  assert.deepEqual(merged.map((e) => [e.type, e.date]), [['exercise', '2006-10-10']]);
});

test('different stated dates are different events', () => {
  const merged = mergeEvents([draft('arrest', 0, '2006-10-11', DateSource.Stated), draft('arrest', 50, '2006-10-12', DateSource.Stated)]);
  assert.equal(merged.length, 2);
});

test('events from two transfers never merge; a mention joins the nearest', () => {
  const merged = mergeEvents([
    draft('transfer', 0, null, DateSource.None, true),
    draft('transfer', 500, '2005-07-01', DateSource.Stated, true),
    draft('transfer', 560, '2005-07-01', DateSource.Stated),
    draft('transfer', 40, null, DateSource.None),
  ]);
  assert.deepEqual(merged.map((e) => e.date), [null, '2005-07-01']);
});

test('with no stated date the best-dated mention stands for the event', () => {
  const merged = mergeEvents([draft('statement', 0, '2005-06-29', DateSource.Paragraph), draft('statement', 80, '2005-06-30', DateSource.Citation)]);
  assert.deepEqual(merged.map((e) => e.date), ['2005-06-30']);
});
