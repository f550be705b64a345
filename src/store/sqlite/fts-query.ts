// SQLite store: turns what a user types into a safe FTS5 query. Every term is quoted, so
// punctuation, unbalanced quotes and FTS keywords in user input can never be a syntax error.
// Kept: "exact phrases", a trailing * for prefixes, and OR between terms.

/**
 * @example toFtsQuery('Humvee "riot shields" arm*') === '"Humvee" "riot shields" "arm"*'
 * @returns null when the input holds no searchable term
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const pattern = /"([^"]*)"?|(\S+)/gu;
  for (const match of input.matchAll(pattern)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      const cleaned = phrase.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim();
      if (cleaned !== '') parts.push(`"${cleaned}"`);
    } else if (word === 'OR') {
      if (parts.length > 0 && parts.at(-1) !== 'OR') parts.push('OR');
    } else if (word !== undefined) {
      const prefix = word.endsWith('*');
      const cleaned = word.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim();
      if (cleaned !== '') parts.push(`"${cleaned}"${prefix ? '*' : ''}`);
    }
  }
  while (parts.at(-1) === 'OR') parts.pop();
  return parts.length === 0 ? null : parts.join(' ');
}
