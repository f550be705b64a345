// Step 2: date mentions resolved against the publication date ("On October 10" in a 2006 report
// -> 2006-10-10; "Dec. 28" in a report of Jan. 2, 2011 -> 2010-12-28; "June 28" with no known
// year -> XXXX-06-28; "in January 2005" -> 2005-01).
import type { ExtractContext } from '../context.ts';
import type { DateMention } from '../../model/index.ts';
import { MONTH_RE, RELATIVE_DAY_RE, isoDate, monthNumber, nearestYear, resolveRelativeDay, yearOf } from '../calendar.ts';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';
const PATTERNS: RegExp[] = [
  new RegExp(`\\b(${MONTH_RE})\\s+${DAY}(?:\\s*,\\s*${YEAR})?\\b`, 'g'),        // October 10[, 2006]
  new RegExp(`\\b${DAY}\\s+(${MONTH_RE})(?:\\s+${YEAR})?\\b`, 'g'),             // 10 October [2006]
  new RegExp(`\\b(${MONTH_RE})(?:\\s+${YEAR})?\\b`, 'g'),                         // [in] January [2005]
  // A bare year, unless it is a number: "No. 2018", "2,000", "2000 soldiers", "2010 %".
  new RegExp(`(?<![\\d,.$£€]|No\\.\\s?|number\\s)\\b${YEAR}\\b(?![\\d%]|[.,]\\d|\\s+[a-z]{3,}s\\b|\\s*per\\s?cent)`, 'g'),
];

function fromMatch(kind: number, m: RegExpExecArray, published: string | null): { value: string | null; start: number } {
  const start = m.index;
  if (kind === 3) return { value: m[1]!, start };
  const month = monthNumber(kind === 1 ? m[2]! : m[1]!);
  if (month === null) return { value: null, start };
  if (kind === 2) return { value: isoDate(m[2] ? Number(m[2]) : yearOf(published), month, null), start };
  const day = Number(kind === 1 ? m[1] : m[2]);
  const year = m[3] ? Number(m[3]) : published === null ? null : nearestYear(month, day, published);
  return { value: isoDate(year, month, day), start };
}

// Days named relative to the dateline; bare "today" (often "nowadays") and "overnight" (often an adjective) are left out.
const RELATIVE = new RegExp(String.raw`\b${RELATIVE_DAY_RE}\b`, 'gi');

/** Relative days ("yesterday", "Tuesday") resolved against a publication date of day precision only. */
function relativeDates(text: string, published: string | null, taken: [number, number][]): DateMention[] {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const value = resolveRelativeDay(m[0], published);
    const end = m.index + m[0].length;
    if (value && !taken.some(([a, b]) => m.index < b && end > a)) out.push({ text: m[0], span: [m.index, end], value });
  }
  return out;
}

/** All date mentions in `text`, earliest first, without overlaps. */
export function findDates(text: string, published: string | null): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  PATTERNS.forEach((re, kind) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const { value, start } = fromMatch(kind, m, published);
      const end = m.index + m[0].length;
      if (!value || taken.some(([a, b]) => start < b && end > a)) continue;
      // "May" alone is too often the verb, and "Jan" or "Dec" alone a name; require a day or a year with them.
      if (/^(?:May|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)$/.test(text.slice(start, end).trim())) continue;
      taken.push([start, end]);
      found.push({ text: text.slice(start, end), span: [start, end], value });
    }
  });
  found.push(...relativeDates(text, published, taken));
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

export function extractDatesStep(ctx: ExtractContext): void {
  ctx.dates = findDates(ctx.text, ctx.document.published);
}
