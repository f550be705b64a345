// Tests for the calendar helpers: partial dates and relative days against a dateline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RELATIVE_DAY_RE, isoDate, monthNumber, nearestYear, relativeDayOffset, resolveRelativeDay, yearOfWeekday } from './calendar.ts';

test('month names and partial dates', () => {
  assert.equal(monthNumber('Sept.'), 9);
  assert.equal(isoDate(null, 6, 28), 'XXXX-06-28');
  assert.equal(isoDate(2011, 2, 30), null);
});

test('yesterday, last night and overnight are the day before the dateline, across a month end', () => {
  assert.equal(resolveRelativeDay('yesterday', '2011-03-01'), '2011-02-28');
  assert.equal(resolveRelativeDay('Last  night', '2012-01-01'), '2011-12-31');
  assert.equal(resolveRelativeDay('overnight', '2010-07-30'), '2010-07-29');
  assert.equal(resolveRelativeDay('the day before yesterday', '2010-07-30'), '2010-07-28');
});

test('today and its parts are the dateline day', () => {
  for (const p of ['today', 'earlier today', 'this morning', 'tonight']) assert.equal(relativeDayOffset(p, '2011-05-07'), 0);
});

test('a weekday is the latest such day on or before the dateline', () => {
  // 2011-02-21 was a Monday.
  assert.equal(resolveRelativeDay('Sunday', '2011-02-21'), '2011-02-20');
  assert.equal(resolveRelativeDay('monday', '2011-02-21'), '2011-02-21');
  assert.equal(resolveRelativeDay('Tuesday', '2011-02-21'), '2011-02-15');
});

test('other words and bad datelines give null', () => {
  assert.equal(relativeDayOffset('tomorrow', '2011-02-21'), null);
  assert.equal(resolveRelativeDay('Friday', 'not a date'), null);
});

test('the year from a weekday, only when exactly one candidate fits', () => {
  // 3 February was a Friday in 2012 only among 2010-2013.
  assert.equal(yearOfWeekday(2, 3, 'Friday', [2010, 2011, 2012, 2013]), 2012);
  assert.equal(yearOfWeekday(2, 30, 'Friday', [2012]), null);
  // 1 January fell on a Friday, Saturday and Sunday in 2010-2012: never a Wednesday.
  assert.equal(yearOfWeekday(1, 1, 'Wednesday', [2010, 2011, 2012]), null);
});

test('names of object properties are not months', () => {
  for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) assert.equal(monthNumber(word), null);
  assert.equal(monthNumber('Sept.'), 9);
});

test('parts of a day keep their day; a span dates from its first day', () => {
  assert.equal(resolveRelativeDay('early this morning', '2011-05-07'), '2011-05-07');
  assert.equal(resolveRelativeDay('late last night', '2011-05-07'), '2011-05-06');
  assert.equal(resolveRelativeDay('yesterday afternoon', '2011-05-01'), '2011-04-30');
  assert.equal(resolveRelativeDay('the past two days', '2011-03-17'), '2011-03-15');
  assert.equal(resolveRelativeDay('last 3 days', '2011-03-17'), '2011-03-14');
  assert.equal(relativeDayOffset('past 30 days', '2011-03-17'), null);
});

test('the shared phrase pattern finds what the resolver reads', () => {
  const re = new RegExp(String.raw`\b${RELATIVE_DAY_RE}\b`, 'gi');
  const found = [...'Killed early this morning, after raids during the past two days and on Tuesday.'.matchAll(re)].map((m) => m[0]);
  assert.deepEqual(found, ['early this morning', 'the past two days', 'Tuesday']);
});

test('the year nearest the dateline for a day and month', () => {
  assert.equal(nearestYear(12, 28, '2011-01-02'), 2010);
  assert.equal(nearestYear(2, 6, '2011-02-08'), 2011);
  assert.equal(nearestYear(12, 28, '2011-01'), 2011);
  assert.equal(nearestYear(12, 28, 'soon'), null);
});
