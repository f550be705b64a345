import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './02-dates.ts';

const values = (text: string, published: string | null): string[] => findDates(text, published).map((d) => d.value);

test('resolves a day and month against the publication year', () => {
  assert.deepEqual(values('On October 10 a comprehensive tactical exercise was held.', '2006-10'), ['2006-10-10']);
  assert.deepEqual(values('the Majilis (lower house of parliament) on June 29 finally agreed', '2005'), ['2005-06-29']);
});

test('never guesses a missing year', () => {
  assert.deepEqual(values('(Nezavisimaya gazeta, June 28)', null), ['XXXX-06-28']);
});

test('reads stated years, month-year and bare years but not unit numbers or counts', () => {
  assert.deepEqual(values('in January 2005 was upgraded to a university', '2006'), ['2005-01']);
  assert.deepEqual(values('Opened in 1999 as an Islamic school', '2006'), ['1999']);
  assert.deepEqual(values('from military unit No. 2018 of the National Security Committee', '2006'), []);
  assert.deepEqual(values('2000 soldiers and 2,000 rifles', '2006'), []);
});

test('spans point at the date text', () => {
  const text = 'On October 11 in Ekibastuz';
  const [d] = findDates(text, '2006');
  assert.equal(text.slice(d!.span[0], d!.span[1]), 'October 11');
});

test('relative days resolve against a publication date of day precision only', () => {
  assert.deepEqual(values('Forces detained a facilitator yesterday in Khost.', '2011-03-01'), ['2011-02-28']);
  // 2011-02-21 was a Monday: "Sunday" is the day before.
  assert.deepEqual(values('The leader was captured Sunday.', '2011-02-21'), ['2011-02-20']);
  assert.deepEqual(values('The leader was captured Sunday.', '2011-02'), []);
  assert.deepEqual(values('Kazakhstan today faces a choice.', '2011-02-21'), []);
  // A weekday beside a written date is its own mention of the same day.
  assert.deepEqual(values('On Monday, February 21, 2011 the unit moved.', '2011-02-25'), ['2011-02-21', '2011-02-21']);
});

test('a day and month without a year take the year nearest the dateline', () => {
  assert.deepEqual(values('The leader was detained Dec. 28 in Khost.', '2011-01-02'), ['2010-12-28']);
  assert.deepEqual(values('Elections are set for December 4.', '2011-10-15'), ['2011-12-04']);
  assert.deepEqual(values('The raid on Jan. 3 followed weeks of reporting.', '2010-12-30'), ['2011-01-03']);
});

test('an abbreviated month alone is a name, not a date', () => {
  assert.deepEqual(values('Jan and several Haqqani fighters were killed in the strike.', '2011-06-30'), []);
  assert.deepEqual(values('Jan. 3 and in January 2011', '2011-06-30'), ['2011-01-03', '2011-01']);
});
