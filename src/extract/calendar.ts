// Month names and the resolution of partial dates ("October 10") against the publication date.
// Never guesses: without a year in the text or the metadata the year is written XXXX.

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Regex source matching a month name or abbreviation ("October", "Oct.", "Sept"). */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

/** 1-12 for a month name or abbreviation, else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
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
