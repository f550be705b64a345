// Store: partial ISO dates as ranges, so that "2006-10" falls inside a filter from 2006-10-05 to
// 2006-12-31 and "2006" overlaps any filter touching that year. Lexical order is date order here.

export interface DateRange {
  start: string;
  end: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/** @returns null for unknown or year-less dates ("XXXX-06-28") */
export function dateRange(value: string | null | undefined): DateRange | null {
  const match = PARTIAL.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined) return { start: `${year}-${month}-${day}`, end: `${year}-${month}-${day}` };
  if (month !== undefined) return { start: `${year}-${month}-01`, end: `${year}-${month}-31` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}
