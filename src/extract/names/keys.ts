// Merge keys for entity names: case, accents, punctuation, a leading "the", a possessive, and
// "Ministry of Defense" = "Defense Ministry" fold to one key.

import { memoizeString } from '../../model/index.ts';

/** Keys of names already folded: the same names recur in every document. */
export const nameKey = memoizeString(foldName, 50_000);

function foldName(name: string): string {
  const k = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
  const ministry = /^ministry (?:of|for) (?:the )?(.+)$/.exec(k);
  return ministry ? `${ministry[1]} ministry` : k;
}

/**
 * Last word of a person name, folded: the surname used to join "Nazarbayev" to "Nursultan Nazarbayev".
 * Post-nominals are skipped: "Ian MacDonald QC" -> "macdonald".
 */
export function surnameKey(name: string, postnominals: ReadonlySet<string> = new Set()): string {
  const parts = nameKey(name).split(' ');
  while (parts.length > 1 && postnominals.has(parts.at(-1)!)) parts.pop();
  return parts.at(-1) ?? '';
}
