// The structure of one ISAF press release: the first release of a text that holds several, its
// dateline, its sentences, and the incident date, with relative days ("yesterday", "Sunday")
// resolved against the dateline by the shared calendar.

import { RELATIVE_DAY_RE, nearestYear, relativeDayOffset, resolveRelativeDay } from '../src/extract/calendar.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A text may hold several releases; the labels describe the first. */
export function firstRelease(text: string): string {
  // A rule of dashes separates an appended release ("---\nUPDATE: ISAF Confirms…").
  const rule = text.search(/\n\s*-{3,}\s*\n/);
  if (rule > 0) text = text.slice(0, rule);
  const heads = [...text.matchAll(/KABUL, Afghanistan\s*\(/g)].map((m) => m.index);
  if (heads.length < 2) return text;
  const ids = [...text.matchAll(/\b20\d\d-\d\d-(?:S|CA)-\d{3}\b/g)].map((m) => m.index).filter((i) => i > heads[0]! && i < heads[1]!);
  return text.slice(0, ids[0] ?? heads[1]);
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

const HEADER_DATE = new RegExp(String.raw`(?:\(|Update,?\s+|^|\n)\s*${MONTH}\s+(\d{1,2})(?:,\s*(20\d\d))?\)?`, 'i');
const ANY_DATE = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:,\s*(20\d\d))?`, 'i');

/** The release date from its header "(Jan. 25, 2013)", else the first date written; the year may come from the release number. */
export function releaseDate(text: string): { date: Date; bodyStart: number } | null {
  const year = Number(text.match(/\b(20\d\d)-\d\d-(?:S|CA)-\d{3}\b/)?.[1] ?? text.match(/\b(20[01]\d)\b/)?.[1] ?? NaN);
  const m = text.match(HEADER_DATE) ?? text.match(ANY_DATE);
  if (!m || m.index === undefined) return null;
  const y = Number(m[3] ?? year);
  if (!Number.isFinite(y)) return null;
  // Later headers ("KABUL, Afghanistan (April 5, 2011)" after "Update April 5, 2011") belong to the header too.
  const headers = [...text.matchAll(new RegExp(HEADER_DATE.source, 'gi'))].filter((h) => h.index < 400);
  const last = headers.at(-1);
  const bodyStart = last ? last.index + last[0].length : m.index + m[0].length;
  return { date: new Date(Date.UTC(y, MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)), Number(m[2]))), bodyStart };
}

// The shared calendar's relative days, plus bare "today" and "overnight", which in a release always refer to its dateline.
const DAY_WORDS = new RegExp(String.raw`\b(${RELATIVE_DAY_RE}|overnight|today|tonight)\b|\b${MONTH}\s+(\d{1,2})\b`, 'gi');

function dayOf(m: RegExpMatchArray, release: Date): Date {
  if (m[1]) return new Date(`${resolveRelativeDay(m[1], iso(release)) ?? iso(release)}T00:00:00Z`);
  const month = MONTHS.indexOf(m[2]!.toLowerCase().slice(0, 3));
  const year = nearestYear(month + 1, Number(m[3]), iso(release)) ?? release.getUTCFullYear();
  return new Date(Date.UTC(year, month, Number(m[3])));
}

/** Sentences, not split after an abbreviation ("Oct. 19", "U.S. Army", "Lt. Col."). */
export const sentences = (text: string): string[] =>
  text.split(/(?<=[.!?])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|Lt|Capt|Col|Gen|Sgt|Maj|Mr|Dr|No)\.)\s+/);

/**
 * The incident date: the first sentence naming a day, taking its most specific day: a date, then a
 * weekday, then "yesterday"/"overnight", then "today" ("confirmed today … arrested Sunday"). A
 * weekday in the possessive ("Tuesday's attack") names an earlier event, not this one.
 */
export function incidentDate(text: string): string | null {
  const release = releaseDate(text);
  if (!release) return null;
  for (const sentence of sentences(text.slice(release.bodyStart))) {
    const days = [...sentence.matchAll(DAY_WORDS)].filter((d) => !/^['’]s\b/.test(sentence.slice(d.index + d[0].length)));
    if (days.length === 0) continue;
    const specificity = (d: RegExpMatchArray): number =>
      (d[2] ? 3 : WEEKDAYS.includes(d[1]!.toLowerCase()) ? 2 : relativeDayOffset(d[1]!, iso(release.date)) === 0 ? 0 : 1);
    const named = days.reduce((best, d) => (specificity(d) > specificity(best) ? d : best));
    return iso(dayOf(named, release.date));
  }
  return iso(release.date);
}
