// Ingest: turns scraped text into the clean body Lantern extracts from and stores. Removes scrape
// boilerplate by general rules (widget and navigation lines, placeholders glued to paragraphs) and
// normalises line breaks and whitespace so that offsets into the result stay meaningful.

import { readFileSync } from 'node:fs';

const LEXICON = new URL('./lexicon/boilerplate-lines.txt', import.meta.url);

/** Boilerplate phrases, lower-cased, loaded once from the lexicon file. */
const BOILERPLATE: ReadonlySet<string> = new Set(
  readFileSync(LEXICON, 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

/** Phrases of two words or more are specific enough to strip when glued to a paragraph's end. */
const GLUED_TAILS = [...BOILERPLATE].filter((p) => p.includes(' ')).sort((a, b) => b.length - a.length);

// Separators of menu items and share bars: "Home | News | Analysis", "Share · Tweet · Print".
const SEPARATORS = /\s*(?:[|•·»›]|\s-\s|\/)\s*/u;

function foldLine(line: string): string {
  return line.toLowerCase().replace(/[\s:]+$/u, '').replace(/\s+/gu, ' ').trim();
}

/** True for a line made only of boilerplate: one phrase, or a bar of phrases or short menu items. */
export function isBoilerplateLine(line: string): boolean {
  const folded = foldLine(line);
  if (folded === '') return false;
  if (BOILERPLATE.has(folded)) return true;
  const parts = folded.split(SEPARATORS).filter((p) => p !== '');
  if (parts.length < 2) return false;
  if (parts.every((p) => BOILERPLATE.has(p))) return true;
  // A navigation bar: several separated items of at most three words and no sentence punctuation.
  return parts.length >= 3 && parts.every((p) => p.split(' ').length <= 3 && !/[.!?,;]/u.test(p));
}

/** Removes a known boilerplate phrase glued to the end of a line ("...in 2006.Placeholder canvas"). */
export function stripGluedTail(line: string): string {
  const lower = line.toLowerCase();
  for (const phrase of GLUED_TAILS) {
    const trimmed = lower.trimEnd();
    if (trimmed.length > phrase.length && trimmed.endsWith(phrase)) {
      const before = line.slice(0, trimmed.length - phrase.length);
      // Only after a sentence has ended, so prose that happens to end in such words stays.
      if (/[.!?"”’)\]]\s*$/u.test(before)) return before.trimEnd();
    }
  }
  return line;
}

/**
 * Cleans scraped text: unified line breaks, no boilerplate lines, at most one blank line between
 * paragraphs, no trailing spaces, no zero-width characters.
 *
 * @example cleanText('Placeholder canvas\n\nTITLE\n\nBody.Placeholder canvas') === 'TITLE\n\nBody.'
 */
export function cleanText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200B\u200C\u200D\u2060]/gu, '')
    .replace(/[\t\u00A0]/gu, ' ')
    .split('\n')
    .map((line) => stripGluedTail(line.replace(/ +$/u, '')))
    .filter((line) => !isBoilerplateLine(line));
  return lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
