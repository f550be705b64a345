// Counts the people an ISAF press release says were killed or detained, following the dataset's
// conventions (data/lexicon/isaf-conventions.json): vague words at their minimum, one incident per
// record, and a later exact number standing for a group first given vaguely.

import { readFileSync } from 'node:fs';
import { eventLexicon } from '../src/extract/events/lexicon.ts';
import { peopleCounts } from '../src/extract/events/people-count.ts';

export const KILL = /\b(?:killed|killing|kills|kill|dead|died|death of|deaths)\b/gi;
export const CAPTURE = /\b(?:detained|detaining|detains|detain|detention of|arrested|arresting|arrest of|captured|capturing|captures|capture|apprehended|in custody|into custody)\b/gi;

interface Conventions { vagueWords: Record<string, number | string>; barePlural: number; summaryLede: { pattern: string } }
const conventions = JSON.parse(readFileSync(new URL('../data/lexicon/isaf-conventions.json', import.meta.url), 'utf8')) as Conventions;
const VAGUE = new RegExp(String.raw`^(?:${Object.keys(conventions.vagueWords).filter((w) => !w.startsWith('_')).sort((a, b) => b.length - a.length).join('|')})\b`, 'i');
const SUMMARY = new RegExp(conventions.summaryLede.pattern, 'i');
/** A sentence opening another operation ("In Sabari district, …", "In a separate operation, …", "A separate security force …"). */
const NEXT_OPERATION = /^(?:In\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:district|province|city)\b|In (?:a|another) separate|Separately|Elsewhere|A separate|In (?:a|another) (?:separate )?operation)/;

/**
 * People at one place in the text: written numbers, vague numbers, definite singulars ("the
 * targeted individual"), and references back to a group already counted ("both", "the two",
 * "them"), which count only when nothing else does.
 */
interface Tally { exact: number; vague: number; definite: number; back: number }
const none = (): Tally => ({ exact: 0, vague: 0, definite: 0, back: 0 });
const total = (t: Tally): number => t.exact + t.vague + t.definite || t.back;
const add = (a: Tally, b: Tally): Tally => ({ exact: a.exact + b.exact, vague: a.vague + b.vague, definite: a.definite + b.definite, back: a.back + b.back });

const ADJUNCT = /[.;:]|\band\s+(?:destroyed|seized|found|discovered|confiscated|recovered|cleared|searched|secured)\b|\b(?:wounded|wounding|injured|injuring|including|during|while|after|before|in|at|near|on|for|who|which|that|but|when|as|from|following|because|by)\b/i;
/** The security forces' own casualties are not counted. */
const NOT_COUNTED = /\b(?:soldiers?|troops|service ?members?|coalition|ISAF|police(?:men)?|officers?)\b/i;
const ADDITIVE = /\b(?:also|additional|additionally|another|other|others|in addition)\b/i;
/** Campaign statistics ("125 suspected insurgents since December 1") are not the incident. */
const CUMULATIVE = /\b(?:since|so far|recently|this year|this month|to date|past (?:month|week|year)|in total|last month|throughout the (?:month|year)|more than \d+ operations)\b/i;
const THE_ONE = /\b(?:the|his|their)\s+(?:[\w-]+\s+){0,3}?(?:leader|commander|sub-commander|facilitator|individual|insurgent|man|suspect|fighter|member|emplacer|financier|associate|militant)\b(?!s)/gi;
const THE_TARGET = new RegExp(THE_ONE.source, 'i');
const ADDED_GROUP = /\b[\w-]+\s+(?:additional|other)\s+(?:suspected\s+)?[\w-]+/i;
const DEFINITE_BEFORE = /\b(?:the|these|those|both|all)\s+$/i;

function countsIn(text: string): Tally {
  const tally = none();
  for (const c of peopleCounts(text)) {
    if (NOT_COUNTED.test(text.slice(c.at, c.at + 40).split(/\b(?:and|,)\b/)[0]!)) continue;
    const lead = text.slice(Math.max(0, c.at - 12), c.at);
    if (DEFINITE_BEFORE.test(lead) || /^both\b/i.test(text.slice(c.at))) tally.back += c.value;
    else if (VAGUE.test(text.slice(c.at))) tally.vague += c.value;
    else tally.exact += c.value;
  }
  // "the targeted individual along with three of his associates": a definite singular is one more person.
  tally.definite += [...text.matchAll(THE_ONE)].length;
  return tally;
}

/** People counted at one cue: all counts in its clause after it ("detained a leader and two associates"), or the one before it ("two were killed"). */
function countAt(text: string, cue: { index: number; length: number }, nextCue: number): Tally {
  const rest = text.slice(cue.index + cue.length, nextCue);
  const stop = rest.search(ADJUNCT);
  const after = rest.slice(0, stop === -1 ? 160 : stop);
  const before = text.slice(Math.max(0, cue.index - 120), cue.index).split(/[.;,]|\band\b/).at(-1) ?? '';
  const earlier = countsIn(before);
  // "Several insurgents were killed and numerous others were detained": a passive verb's people come before it.
  if (/\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/i.test(before) && total(earlier) > 0) return earlier;
  // "… and two were killed", "the two wounded were detained": a bare number as the passive subject.
  const subject = /\b(\d+|[a-z]+)(?:\s+[a-z]+)?\s+(?:were|have been|had been)\s+(?:\w+\s+)?$/i.exec(before)?.[1]?.toLowerCase();
  const bare = subject === undefined ? undefined : /^\d+$/.test(subject) ? Number(subject) : eventLexicon().numberWords.get(subject);
  if (bare !== undefined && bare > 1 && total(earlier) === 0) return { ...none(), exact: bare };
  const here = countsIn(after);
  if (total(here) > 0) return here;
  if (total(earlier) > 0) return earlier;
  if (NOT_COUNTED.test(after)) return none();
  const all = after.match(/^\s*all\s+(\w+)/i)?.[1];
  if (all) return { ...none(), back: eventLexicon().numberWords.get(all.toLowerCase()) ?? 2 };
  // "killing him", "the leader was detained": one person; a bare plural: at least two.
  const plural = /\b(?:them|insurgents|suspects|fighters|men|individuals)\b/i.exec(after + before);
  if (!plural) return { ...none(), exact: 1 };
  const definite = plural[0] === 'them' || DEFINITE_BEFORE.test((after + before).slice(0, plural.index).replace(/(?:[\w-]+\s+){0,2}$/, ''));
  return definite ? { ...none(), back: conventions.barePlural } : { ...none(), vague: conventions.barePlural };
}

/** Cues of one kind in a sentence, without negated ("no civilians were killed"), relative-clause background ("the attack which killed 12"), intended ("to detain") or attributed ("responsible for the deaths of") ones. */
function cuesIn(sentence: string, cue: RegExp): RegExpExecArray[] {
  // "an operation to detain a Taliban leader" states an aim, not a result.
  return [...sentence.matchAll(cue)].filter((m) => {
    const before = sentence.slice(0, m.index);
    if (/\b(?:no|not|none|without|nor|neither)\b[^.,]{0,25}$|\b(?:which|that)\s+(?:\w+\s+)?$|\bresponsible for (?:the\s+)?$/i.test(before)) return false;
    return !(/^(?:detain|arrest|capture|kill)$/i.test(m[0]) && /\bto\s+$/i.test(before));
  });
}

function sentenceTally(sentence: string, cues: RegExpExecArray[]): Tally {
  const starts = [...sentence.matchAll(KILL), ...sentence.matchAll(CAPTURE)].map((m) => m.index).sort((a, b) => a - b);
  return cues.reduce((t, m) => add(t, countAt(sentence, { index: m.index, length: m[0].length }, starts.find((i) => i > m.index) ?? sentence.length)), none());
}

/**
 * The first incident's count: its lede plus later groups marked new ("also", "additional"), where a
 * later exact number replaces a vague one and references back add nothing; unless a later sentence
 * alone names more people.
 */
export function countPeople(sentences: string[], cue: RegExp): number {
  let counted = sentences.map((s) => ({ s, cues: CUMULATIVE.test(s) ? [] : cuesIn(s, cue) })).filter((x) => x.cues.length > 0);
  // A lede summing up several operations gives way to the first operation described, which ends where the next begins.
  if (counted.length > 1 && SUMMARY.test(counted[0]!.s)) {
    counted = counted.slice(1);
    const next = counted.findIndex((x, i) => i > 0 && NEXT_OPERATION.test(x.s));
    if (next > 0) counted = counted.slice(0, next);
  }
  let lede: Tally | null = null;
  let ledeText = '';
  let best = 0;
  for (const { s, cues } of counted) {
    const here = sentenceTally(s, cues);
    if (lede === null) { lede = here; ledeText = s.toLowerCase(); continue; }
    // A later sentence naming more people alone ("detained the targeted individual along with three of his associates") elaborates the lede.
    best = Math.max(best, total(here));
    // "The commander and three additional suspects were detained" names the lede's people again.
    // So does the lede's own wording again ("killing Fayez Jan and one additional insurgent").
    const again = s.match(ADDED_GROUP)?.[0].toLowerCase();
    const restates = here.definite > 0 || here.back > 0 || THE_TARGET.test(s) || (again !== undefined && ledeText.includes(again));
    // "captured a Taliban leader … two suspected insurgents were detained": a new group beside a lone target.
    const beside = !restates && total(lede) === 1 && here.exact + here.vague > 1 && cues.length === 1 && !/\b(?:including|among|him|them)\b/i.test(s);
    if (restates || (!ADDITIVE.test(s) && !beside)) continue;
    if (here.exact > 0 && lede.vague > 0) lede = { ...lede, vague: 0 };
    lede = { ...lede, exact: lede.exact + here.exact, vague: lede.vague > 0 ? lede.vague : here.vague };
  }
  return Math.max(best, lede ? total(lede) : 0);
}
