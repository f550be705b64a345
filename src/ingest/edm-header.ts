// Ingest: the masthead of Eurasia Daily Monitor style articles. Parses the header line
// ("Publication: Eurasia Daily Monitor Volume: 3 Issue: 191") and the title line above it, and
// removes both from the body so that extraction sees only the article.

export interface Masthead {
  title: string | null;
  publication: string | null;
  volume: number | null;
  issue: number | null;
}

export interface MastheadSplit extends Masthead {
  /** The text without the header and title lines. */
  body: string;
}

const HEADER = /^Publication:\s*(.+?)\s+Volume:\s*(\d{1,4})\s+Issue:\s*(\d{1,5})\s*$/imu;
const MAX_TITLE_WORDS = 16;

/** An ALL-CAPS line, or a short line that does not read as a sentence. */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 200) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true;
  const words = text.split(/\s+/u).length;
  return words <= MAX_TITLE_WORDS && !/[.!?:;,]$/u.test(text);
}

/**
 * Finds the EDM header and the title line before it. Without a header the text comes back
 * untouched with null metadata: a guess from an arbitrary first line would cut real text.
 */
export function splitMasthead(text: string): MastheadSplit {
  const match = HEADER.exec(text);
  if (!match) return { title: null, publication: null, volume: null, issue: null, body: text };
  const before = text.slice(0, match.index).split('\n');
  const after = text.slice(match.index + match[0].length);
  let title: string | null = null;
  // The title is the nearest non-empty line above the header; anything further up is kept.
  let i = before.length - 1;
  while (i >= 0 && (before[i] ?? '').trim() === '') i -= 1;
  if (i >= 0 && looksLikeTitle(before[i] ?? '')) {
    title = (before[i] ?? '').trim();
    before.splice(i);
  }
  const kept = [before.join('\n').trim(), after.trim()].filter((part) => part !== '');
  return {
    title,
    publication: (match[1] ?? '').trim() || null,
    volume: Number(match[2]),
    issue: Number(match[3]),
    body: kept.join('\n\n'),
  };
}

/** EDM began in 2004 with volume 1, one volume a year: volume 3 is 2006. Only the year is known. */
export function yearFromVolume(publication: string | null, volume: number | null): string | null {
  if (volume === null || volume < 1 || !/eurasia daily monitor/iu.test(publication ?? '')) return null;
  return String(2003 + volume);
}
