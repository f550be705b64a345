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

/** A token of the query as the unicode61 tokenizer sees it: case and diacritics folded away. */
export interface QueryToken {
  token: string;
  prefix: boolean;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** The tokens of an FTS query built by toFtsQuery, for marking matches in a snippet. */
export function queryTokens(ftsQuery: string): QueryToken[] {
  const tokens = new Map<string, QueryToken>();
  for (const match of ftsQuery.matchAll(/"([^"]*)"(\*?)/gu)) {
    const words = fold(match[1] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words.forEach((token, i) => {
      const prefix = match[2] === '*' && i === words.length - 1;
      const key = `${token}${prefix ? '*' : ''}`;
      if (!tokens.has(key)) tokens.set(key, { token, prefix });
    });
  }
  return [...tokens.values()];
}

/**
 * A pattern finding the tokens in NFD text: each letter may carry combining marks (what the
 * tokenizer's remove_diacritics ignores), and a token is bounded by non-word characters.
 */
export function tokenPattern(tokens: readonly QueryToken[]): RegExp | null {
  if (tokens.length === 0) return null;
  const alternatives = [...tokens]
    .sort((a, b) => b.token.length - a.token.length)
    .map(({ token, prefix }) => {
      const letters = [...token].map((c) => `${c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\p{M}*`).join('');
      return prefix ? `${letters}[\\p{L}\\p{N}\\p{M}]*` : letters;
    });
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
}
