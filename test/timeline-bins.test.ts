// The timeline's binning (web/src/timeline/timeline-bins.ts): continuous periods with gaps, lanes
// by type, and dates no axis can hold — year unknown, undated, year-only on a month axis — kept apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRow } from '../src/model/index.ts';
import { autoScale, buildTimeline, MAX_MONTHS, periodsBetween } from '../web/src/timeline/timeline-bins.ts';

let n = 0;
const ev = (type: EventRow['type'], date: string | null): EventRow => ({
  id: `d/${++n}`, documentId: 'd', type, cameo: null, date, place: null, actors: [], targets: [], quantity: null,
  summary: `${type} on ${date}`, span: [0, 1], text: 'x', sources: [],
});

test('years run without gaps and lanes are ordered by count', () => {
  const model = buildTimeline([ev('attack', '2001-05-02'), ev('attack', '2004'), ev('meeting', '2003-01')], 'year');
  assert.deepEqual(model.periods, ['2001', '2002', '2003', '2004']);
  assert.deepEqual(model.lanes, [{ type: 'attack', count: 2 }, { type: 'meeting', count: 1 }]);
  assert.equal(model.cells.get('attack|2004')?.length, 1);
  assert.equal(model.fullest, 1);
});

test('a date with an unknown year is never put on a year, and undated events are counted apart', () => {
  const model = buildTimeline([ev('arrest', 'XXXX-06-28'), ev('arrest', '2006-10-10'), ev('arrest', null)], 'year');
  assert.deepEqual(model.periods, ['2006']);
  assert.deepEqual(model.yearUnknown.map((e) => e.date), ['XXXX-06-28']);
  assert.equal(model.undated.length, 1);
  assert.equal(model.cells.get('arrest|2006')?.length, 1);
});

test('on a month axis, year-only dates are kept apart and filter bounds fix the ends', () => {
  const model = buildTimeline([ev('exercise', '2006-03-01'), ev('exercise', '2006')], 'month', { from: '2006', to: '2006-04' });
  assert.deepEqual(model.periods, ['2006-01', '2006-02', '2006-03', '2006-04']);
  assert.deepEqual(model.yearOnly.map((e) => e.date), ['2006']);
});

test('a month axis too long to draw falls back to years; the scale is chosen by the span', () => {
  const wide = [ev('other', '1950-01-01'), ev('other', '2005-12-01')];
  assert.equal(buildTimeline(wide, 'month').scale, 'year');
  assert.equal(autoScale(wide), 'year');
  assert.equal(autoScale([ev('other', '2005-01'), ev('other', '2006-12')]), 'month');
  assert.equal(autoScale([ev('other', '1985'), ev('other', '1985')]), 'year', 'year-only dates would leave a month axis empty');
  assert.equal(periodsBetween('2004-11', '2005-02', 'month').join(' '), '2004-11 2004-12 2005-01 2005-02');
  assert.ok(periodsBetween('1000-01', '2000-01', 'month').length <= MAX_MONTHS + 1);
});
