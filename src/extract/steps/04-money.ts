// Step 4: money. "1 billion tenge ($7.9 million)", "20 to 50 tenge (15 to 40 cents)", "$3.1 million",
// "KZT 500". A stated conversion in parentheses fills usd/usd_max and is not a second amount; the
// subject is the noun phrase before "totaling/worth/valued at"; the date is the sentence's date.
import type { ExtractContext } from '../context.ts';
import type { Amount } from '../../model/index.ts';
import { currencies } from '../lexicon/currencies.ts';
import { readSet } from '../lexicon/load.ts';

const NUM = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?)';
const SCALE = '(?:\\s*(million|billion|thousand|trillion|mln|bn|m)\\b)?';
const RANGE = `(?:\\s*(?:to|-|–|and)\\s*(?:\\$|US\\$)?${NUM}${SCALE})?`;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

interface Parsed { value: number; max: number | null; currency: string; start: number; end: number }
let patterns: { symbol: RegExp; word: RegExp; code: RegExp; wordBefore: RegExp } | null = null;

function compile(): NonNullable<typeof patterns> {
  const c = currencies();
  const codes = [...c.codes].join('|');
  return {
    symbol: new RegExp(`(${c.symbolPattern})\\s?${NUM}${SCALE}${RANGE}`, 'gu'),
    word: new RegExp(`\\b${NUM}${SCALE}${RANGE}\\s+(${c.wordPattern})\\b`, 'giu'),
    code: new RegExp(`\\b(${codes})\\s?${NUM}${SCALE}${RANGE}`, 'gu'),
    // "pounds 600m", "dollars 1.13bn": the currency word first, as some wires write it.
    wordBefore: new RegExp(`\\b(${c.wordPattern})\\s+${NUM}${SCALE}${RANGE}`, 'giu'),
  };
}

const num = (digits: string, scale: string | undefined): number => Number(digits.replace(/,/g, '')) * (scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);

function rangeValues(m: RegExpExecArray, at: number): { value: number; max: number | null } {
  const [v, s, v2, s2] = [m[at]!, m[at + 1], m[at + 2], m[at + 3]];
  if (!v2) return { value: num(v, s), max: null };
  return { value: num(v, s ?? s2), max: num(v2, s2 ?? s) };
}

function currencyOfWord(word: string, text: string): string {
  const options = currencies().words.get(word.toLowerCase()) ?? ['USD'];
  if (options.length === 1) return options[0]!;
  // manat: Turkmenistan or Azerbaijan, whichever the document names more.
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/Turkmen/g) > count(/Azerbaijan|Azeri/g) ? 'TMT' : options[0]!;
}

/** Every amount in `text` as value/currency/span, earliest first, overlaps removed. */
export function findMoney(text: string): Parsed[] {
  patterns ??= compile();
  const found: Parsed[] = [];
  const push = (p: Parsed): void => { if (!found.some((f) => p.start < f.end && p.end > f.start)) found.push(p); };
  for (const [kind, re] of Object.entries(patterns)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (kind === 'word') {
        const word = m[5]!;
        const cents = /^cents?$/i.test(word) ? 0.01 : 1;
        const { value, max } = rangeValues(m, 1);
        push({ value: value * cents, max: max === null ? null : max * cents, currency: currencyOfWord(word, text), start: m.index, end });
      } else {
        const currency = kind === 'symbol' ? currencies().symbols.get(m[1]!)! : kind === 'wordBefore' ? currencyOfWord(m[1]!, text) : m[1]!;
        const { value, max } = rangeValues(m, 2);
        push({ value, max, currency, start: m.index, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Participles that describe equipment rather than end the subject: "armored vehicles worth".
const DESCRIPTIVE = /^(?:armou?red|guided|unmanned|wheeled|tracked|mounted|self-propelled|improvised|modernized|modernised|upgraded|used|refurbished|advanced|specialized|specialised)$/i;
const SUBJECT_VERB = /\b(?:totaling|totalling|totaled|totalled|worth|amounting to|valued at|costing|estimated at)\s*$/;

function subjectBefore(text: string, start: number): string | null {
  const head = text.slice(Math.max(0, start - 120), start);
  const verb = SUBJECT_VERB.exec(head);
  if (!verb) return null;
  const words = head.slice(0, verb.index).trim().split(/\s+/);
  const stop = readSet('lexicon/function-words.txt', true);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    const w = words[i]!.replace(/[^\p{L}\p{N}-]/gu, '');
    // The word right before "worth" may carry a comma: "200 vehicles, worth".
    const punct = i < words.length - 1 && /[,;:(]$/.test(words[i]!);
    if (!w || stop.has(w.toLowerCase()) || (/ed$/.test(w) && !DESCRIPTIVE.test(w)) || /^\d/.test(w) || punct) break;
    kept.unshift(w);
  }
  return kept.length ? kept.join(' ') : null;
}

export function extractMoneyStep(ctx: ExtractContext): void {
  const parsed = findMoney(ctx.text);
  const conversions = new Set<Parsed>();
  for (const [i, p] of parsed.entries()) {
    if (conversions.has(p)) continue;
    const next = parsed[i + 1];
    // "(15 to 40 cents)" / "($7.9 million)" right after the amount is its stated USD value.
    const between = next ? ctx.text.slice(p.end, next.start) : '';
    const stated = next && next.currency === 'USD' && p.currency !== 'USD' && /^\s*\(\s*(?:about|approximately|around|some|roughly|~)?\s*$/.test(between)
      && ctx.text[next.end] === ')' ? next : null;
    if (stated) conversions.add(stated);
    const rate = currencies().usdRate(p.currency);
    const usd = stated ? stated.value : rate !== null ? round(p.value * rate) : null;
    const usdMax = stated ? stated.max : p.max !== null && rate !== null ? round(p.max * rate) : null;
    const sentence = ctx.sentences.find((s) => s.start <= p.start && p.start < s.end);
    const date = sentence ? ctx.dates.find((d) => d.span[0] >= sentence.start && d.span[1] <= sentence.end) : undefined;
    const amount: Amount = { text: ctx.text.slice(p.start, p.end), span: [p.start, p.end], value: p.value, value_max: p.max,
      currency: p.currency, usd, usd_max: usdMax, subject: subjectBefore(ctx.text, p.start), date: date?.value ?? null };
    ctx.amounts.push(amount);
  }
}

const round = (x: number): number => Math.round(x * 100) / 100;
