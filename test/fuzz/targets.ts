// Fuzz properties: each parser gets random and domain-shaped input. Extraction must never throw
// and must return spans inside the text; ingest may only fail with a LanternError subclass.

import fc from 'fast-check';
import { LanternError } from '../../src/model/index.ts';
import { splitSentences, tokenize } from '../../src/extract/steps/01-tokens.ts';
import { findDates } from '../../src/extract/steps/02-dates.ts';
import { parseDateList } from '../../src/extract/steps/03-citations.ts';
import { findMoney } from '../../src/extract/steps/04-money.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { cleanText } from '../../src/ingest/clean-text.ts';
import { htmlFragmentToText } from '../../src/ingest/html-text.ts';
import { readHtml } from '../../src/ingest/read-html.ts';
import { readFeed } from '../../src/ingest/read-feed.ts';
import { readSource } from '../../src/ingest/read-document.ts';
import { anyText, domainText, markup, published, textInput } from './arbitraries.ts';

export interface FuzzTarget {
  name: string;
  /** Share of the total run count this target gets. */
  weight: number;
  property: (runs: number) => fc.IPropertyWithHooks<never> | fc.IAsyncPropertyWithHooks<never> | fc.IRawProperty<unknown>;
}

function spanInside(span: readonly [number, number], text: string): boolean {
  return span[0] >= 0 && span[0] <= span[1] && span[1] <= text.length;
}

/** Only LanternErrors may escape ingest; anything else is a bug. */
function typedOnly(run: () => unknown): boolean {
  try { run(); } catch (error) { if (!(error instanceof LanternError)) throw error; }
  return true;
}

export const TARGETS: FuzzTarget[] = [
  { name: 'tokenizer', weight: 20, property: () => fc.property(textInput, (text) => {
    const tokens = tokenize(text);
    splitSentences(tokens, text);
    return tokens.every((t) => t.start >= 0 && t.end <= text.length && t.start < t.end);
  }) },
  { name: 'dates', weight: 20, property: () => fc.property(textInput, published, (text, pub) =>
    findDates(text, pub).every((d) => spanInside(d.span, text))) },
  { name: 'citation date lists', weight: 15, property: () => fc.property(textInput, fc.option(fc.integer({ min: -5, max: 3000 }), { nil: null }), (list: string, year: number | null) => {
    const dates = parseDateList(list, year);
    return dates === null || dates.every((d) => typeof d === 'string');
  }) },
  { name: 'money', weight: 20, property: () => fc.property(textInput, (text) => findMoney(text).every((m) => spanInside([m.start, m.end], text))) },
  { name: 'text cleaner', weight: 8, property: () => fc.property(anyText, (text) => typeof cleanText(text) === 'string') },
  { name: 'HTML fragment cleaner', weight: 6, property: () => fc.property(markup, (html) => {
    return typeof htmlFragmentToText(html) === 'string';
  }) },
  { name: 'HTML page reader', weight: 4, property: () => fc.property(markup, (html) => typedOnly(() => readHtml(html, 'fuzz.html'))) },
  { name: 'feed parser', weight: 5, property: () => fc.property(markup, (xml) => typedOnly(() => readFeed(xml, 'fuzz.xml'))) },
  { name: 'source reader', weight: 1.5, property: () => fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), markup.map((s) => new TextEncoder().encode(s))),
    fc.constantFrom('a.txt', 'a.html', 'a.rss', 'a.xml', 'a.md', 'a.pdf', '-'), async (bytes, name) => {
      try { await readSource(bytes, name); } catch (error) { if (!(error instanceof LanternError)) throw error; }
      return true;
    }) },
  { name: 'whole extraction pipeline', weight: 3, property: () => fc.property(domainText, published, (text, pub) => {
    const record = extractRecord({ id: 'fuzz', text, published: pub });
    const failed = (record.warnings ?? []).filter((w) => / failed: /.test(w));
    if (failed.length) throw new Error(failed.join('; '));
    return record.entities.every((e) => e.mentions.every((m) => spanInside(m, text)));
  }) },
];
