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

/**
 * Acronym definitions written in the text: "Long Name (ABC)" and "ABC (Long Name)".
 * Returns acronym -> long name. Only accepts pairs whose long name starts with a capital.
 */
export function acronymDefinitions(text: string): Map<string, string> {
  const defs = new Map<string, string>();
  const longThenShort = /((?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for)\s+)*){1,7})\(([A-Z][A-Z0-9./]{1,7})\)/g;
  for (const m of text.matchAll(longThenShort)) {
    const long = m[1]?.trim();
    const short = m[2];
    if (long && short && isAcronym(short)) defs.set(short.replace(/\./g, ''), trimToInitials(long, short));
  }
  const shortThenLong = /\b([A-Z][A-Z0-9]{1,7})\s+\(([A-Z][^()]{3,80})\)/g;
  for (const m of text.matchAll(shortThenLong)) {
    if (m[1] && m[2] && !defs.has(m[1])) defs.set(m[1], m[2].trim());
  }
  return defs;
}

/** Drops leading words of a greedy long form that the acronym does not cover ("the Russian Federal Security Service" for FSB stays as is). */
function trimToInitials(long: string, short: string): string {
  const words = long.split(/\s+/);
  const letters = short.replace(/[./]/g, '');
  for (let i = 0; i < words.length; i++) {
    const candidate = words.slice(i).join(' ');
    if (initialsOf(candidate) === letters) return candidate;
  }
  return long;
}
