// Month names and the resolution of partial dates ("October 10") against the publication date.
// Never guesses: without a year in the text or the metadata the year is written XXXX.

// A Map, not an object literal: "constructor" or "toString" must not look like a month.
const MONTHS = new Map<string, number>(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));

/** Regex source matching a month name or abbreviation ("October", "Oct.", "Sept"). */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

/** 1-12 for a month name or abbreviation, else null. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The year of an ISO date of any precision, or null. */
export function yearOf(published: string | null): number | null {
  const m = published ? /^(\d{4})/.exec(published) : null;
  return m ? Number(m[1]) : null;
}

/**
 * ISO date for a month/day whose year may be missing: "2006-10-10", "2006-10", "XXXX-06-28".
 * A valid day is checked against the month; an invalid one yields null.
 */
export function isoDate(year: number | null, month: number, day: number | null): string | null {
  if (day !== null && (day < 1 || day > new Date(Date.UTC(2000, month, 0)).getUTCDate())) return null;
  const y = year === null ? 'XXXX' : String(year);
  return day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/**
 * The year of a month/day written without one, read against an ISO dateline: the year that puts it
 * nearest the dateline, so "Dec. 28" in a report of Jan. 2, 2011 is 2010 and "Dec. 4" in one of
 * Oct. 15, 2011 stays 2011. A dateline of year or month precision gives its own year.
 */
export function nearestYear(month: number, day: number, dateline: string): number | null {
  const year = yearOf(dateline);
  if (year === null) return null;
  const at = Date.parse(`${dateline.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(dateline) || Number.isNaN(at)) return year;
  const gap = (y: number): number => Math.abs(Date.UTC(y, month - 1, day) - at);
  return [year - 1, year + 1].reduce((best, y) => (gap(y) < gap(best) ? y : best), year);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;
const SPAN_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven'];

/**
 * Regex source for the phrases relativeDayOffset reads, longest first. Bare "today" and "overnight"
 * are left to callers: in general prose they often mean "nowadays" or are adjectives.
 */
export const RELATIVE_DAY_RE = String.raw`(?:the day before yesterday|(?:the )?(?:past|last) (?:${SPAN_NUMBERS.join('|')}|[2-7]) days|(?:late )?last (?:night|evening)|yesterday(?: (?:morning|afternoon|evening))?|(?:earlier|later) today|(?:early |late )?this (?:morning|afternoon|evening)|${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;

/**
 * Days from the dateline to the day a relative phrase names, or null for other words. News style
 * counts from the dateline: "yesterday", "last night" and "overnight" are the day before (a night
 * raid reported in the morning began the evening before); "today", "this morning", "earlier
 * today" are the dateline's day; a bare weekday is the latest such day on or before it; a span
 * ("during the past two days") starts that many days back, as an event dates from its start.
 */
export function relativeDayOffset(phrase: string, dateline: string): number | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:early|late) /, '');
  if (p === 'the day before yesterday') return -2;
  if (/^(?:yesterday(?: (?:morning|afternoon|evening))?|last (?:night|evening)|overnight)$/.test(p)) return -1;
  if (/^(?:today|tonight|(?:earlier|later) today|this (?:morning|afternoon|evening))$/.test(p)) return 0;
  const span = /^(?:the )?(?:past|last) (\w+) days$/.exec(p);
  if (span) {
    const n = SPAN_NUMBERS.includes(span[1]!) ? SPAN_NUMBERS.indexOf(span[1]!) + 2 : Number(span[1]);
    return Number.isInteger(n) && n >= 2 && n <= 7 ? -n : null;
  }
  const weekday = WEEKDAYS.indexOf(p);
  if (weekday === -1) return null;
  const from = new Date(`${dateline.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return Number.isNaN(from) ? null : -((from - weekday + 7) % 7);
}

/** The ISO day a relative phrase names against an ISO dateline ("yesterday", 2011-03-01 -> 2011-02-28), or null. */
export function resolveRelativeDay(phrase: string, dateline: string): string | null {
  const offset = relativeDayOffset(phrase, dateline);
  if (offset === null) return null;
  const day = new Date(`${dateline.slice(0, 10)}T00:00:00Z`).getTime();
  return Number.isNaN(day) ? null : new Date(day + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The one year among `years` in which month/day falls on `weekday` ("Friday, Feb. 3" with no
 * year), or null when none or several do.
 */
export function yearOfWeekday(month: number, day: number, weekday: string, years: number[]): number | null {
  const want = WEEKDAYS.indexOf(weekday.toLowerCase());
  const fits = years.filter((y) => {
    const d = new Date(Date.UTC(y, month - 1, day));
    return d.getUTCMonth() === month - 1 && d.getUTCDay() === want;
  });
  return fits.length === 1 ? fits[0]! : null;
}
