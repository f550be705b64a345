// Acronyms: the initials of a name ("Federal Security Service" -> "FSB" is not initials, so lists
// cover those) and definitions made in the text itself: "National Security Committee (KNB)".

const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'al']);

/** True for a token that looks like an acronym: "KNB", "U.S.", "KAZBAT", "RFE/RL". */
export function isAcronym(name: string): boolean {
  const bare = name.replace(/[./]/g, '');
  return bare.length >= 2 && bare.length <= 8 && /^[A-Z][A-Z0-9]+$/.test(bare) && !/\s/.test(name.trim());
}

/** Upper-case initials of a multi-word name, skipping function words: "Human Rights Watch" -> "HRW". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !STOP.has(w.toLowerCase()));
  return words.length < 2 ? '' : words.map((w) => w[0]?.toUpperCase() ?? '').join('');
}

/** True when the acronym's letters occur in order in the words, the first letter opening the first word. */
function coversLetters(words: readonly string[], short: string): boolean {
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  const long = words.join(' ').toLowerCase();
  if (long[0] !== letters[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The words before "(ABC)" that ABC abbreviates: the nearest start whose letters cover it. */
function longFormBefore(before: string, short: string): string | null {
  const words = before.trim().split(/\s+/).slice(-8);
  for (let i = words.length - 1; i >= 0; i--) {
    const candidate = words.slice(i);
    if (STOP.has((candidate[0] ?? '').toLowerCase())) continue;
    if (coversLetters(candidate, short) && candidate.length >= Math.min(2, short.length)) return candidate.join(' ');
  }
  return null;
}

/**
 * Acronym definitions written in the text: "Long Name (ABC)" and "ABC (Long Name)".
 * Returns acronym -> long name.
 */
export function acronymDefinitions(text: string): Map<string, string> {
  const defs = new Map<string, string>();
  for (const m of text.matchAll(/\(([A-Z][A-Za-z0-9./]{1,7})\)/g)) {
    const short = m[1];
    if (!short || !isAcronym(short)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0).split(/[.;:()\n]/).pop() ?? '';
    const capitalised = /((?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for)\s+)*){1,7})$/.exec(before)?.[1]?.trim();
    const long = longFormBefore(before, short) ?? capitalised;
    if (long) defs.set(short.replace(/\./g, ''), long);
  }
  const shortThenLong = /\b([A-Z][A-Z0-9]{1,7})\s+\(([A-Z][^()]{3,80})\)/g;
  for (const m of text.matchAll(shortThenLong)) {
    if (m[1] && m[2] && !defs.has(m[1])) defs.set(m[1], m[2].trim());
  }
  return defs;
}
