// The structure of one ISAF press release: the first release of a text that holds several, its
// dateline, its sentences, and the incident date, with relative days ("yesterday", "Sunday")
// resolved against the dateline by Lantern's date step (src/extract/steps/02-dates.ts).

import type { DateMention } from '../src/model/index.ts';
import { relativeDayOffset, resolveRelativeDay } from '../src/extract/calendar.ts';
import { findDates } from '../src/extract/steps/02-dates.ts';

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

// Bare "today", "tonight" and "overnight", which the date step leaves out of general prose, always refer to a release's dateline.
const DATELINE_WORDS = /\b(?:today|tonight|overnight)\b/gi;

/** Days a sentence names, through Lantern's date step with the dateline as publication date. */
function daysIn(sentence: string, dateline: string): DateMention[] {
  const found = findDates(sentence, dateline);
  for (const m of sentence.matchAll(DATELINE_WORDS)) {
    const value = resolveRelativeDay(m[0], dateline);
    if (value && !found.some((d) => m.index >= d.span[0] && m.index < d.span[1])) found.push({ text: m[0], span: [m.index, m.index + m[0].length], value });
  }
  return found.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value));
}

/** A written date, then a weekday, then "yesterday"/"overnight"/a span, then "today". */
function specificity(d: DateMention, dateline: string): number {
  if (/\d/.test(d.text)) return 3;
  if (WEEKDAYS.includes(d.text.toLowerCase())) return 2;
  return relativeDayOffset(d.text, dateline) === 0 ? 0 : 1;
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
  const dateline = iso(release.date);
  for (const sentence of sentences(text.slice(release.bodyStart))) {
    const days = daysIn(sentence, dateline).filter((d) => !/^['’]s\b/.test(sentence.slice(d.span[1])));
    if (days.length === 0) continue;
    return days.reduce((best, d) => (specificity(d, dateline) > specificity(best, dateline) ? d : best)).value;
  }
  return dateline;
}

const WEEK_MS = 7 * 86_400_000;

/** The last instant of a date mention of any precision ("2010", "2010-06", "2010-06-25"). */
function periodEnd(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return Date.UTC(y!, 12, 0);
  return d === undefined ? Date.UTC(y!, m, 0) : Date.UTC(y!, m - 1, d);
}

/**
 * The sentences about this release's incidents: a sentence opening on a period over a week before
 * the dateline ("In June, insurgents engaged the assault force during a similar operation") recalls
 * a past operation, and the passage it opens runs until a sentence names a day near the dateline.
 */
export function currentSentences(parts: string[], text: string): string[] {
  const release = releaseDate(text);
  if (!release) return parts;
  const dateline = iso(release.date);
  const at = release.date.getTime();
  let past = false;
  return parts.filter((sentence) => {
    const dates = findDates(sentence, dateline).filter((d) => /^\d{4}/.test(d.value));
    if (dates.some((d) => Math.abs(periodEnd(d.value) - at) <= WEEK_MS)) past = false;
    const opening = dates[0];
    if (opening && opening.span[0] <= 12 && periodEnd(opening.value) < at - WEEK_MS) past = true;
    return !past;
  });
}
