// How a name reads for comparison: its core (titles and country qualifier removed), its
// transliteration key, and for persons the given and family name keys.

import type { EntityType } from '../model/index.ts';
import { knownAlias } from './alias-index.ts';
import { splitCountryQualifier } from './countries.ts';
import { stripTitles, transliterationKey } from './normalize.ts';

/** Kunya and patronymic particles: "Omar Abu Anas" has no family name "Anas". */
const PARTICLES = new Set(['abu', 'umm', 'bin', 'ibn', 'bint', 'ben']);
/** Particles of a family name: "Staffan de Mistura" and "de Mistura" have given names "staffan" and none. */
const FAMILY_PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das']);

/** The name without titles and, for non-country names, without a leading country qualifier. */
export function coreName(name: string, type: EntityType): string {
  const stripped = type === 'person' ? stripTitles(name) : name.trim().replace(/^the\s+/i, '');
  if (knownAlias(stripped)) return stripped;
  return splitCountryQualifier(stripped).rest || stripped;
}

/** Administrative units: "Mosul district" is not the town "Mosul". */
export const ADMIN_UNIT = /\s+(district|province|region|oblast|governorate|county|raion)$/i;

/** "University of Mosul" and "Mosul University" name one body. */
const OF_FORM = /^(university|institute|academy|bank|port|airport|museum) of (.+)$/i;

/** Transliteration key of the core name, with "X of Y" institutions read as "Y X". */
export function nameKey(name: string, type: EntityType): string {
  const core = coreName(name, type);
  const of = OF_FORM.exec(core);
  return transliterationKey(of ? `${of[2]} ${of[1]}` : core);
}

export interface PersonParts { given: string[]; family: string | null; tokens: string[] }

/** Given-name and family-name keys of a person's name. */
export function personParts(name: string): PersonParts {
  const tokens = nameKey(name, 'person').split(' ').filter((t) => t !== '');
  if (tokens.length === 0) return { given: [], family: null, tokens };
  const last = tokens.length - 1;
  const family = tokens.length > 1 && PARTICLES.has(tokens[last - 1] ?? '') ? null : tokens[last] ?? null;
  return { given: tokens.slice(0, last).filter((t) => !FAMILY_PARTICLES.has(t)), family, tokens };
}

/** Type classes that may name the same thing: persons only match persons. */
export function typeClass(type: EntityType): string {
  if (type === 'person') return 'person';
  if (type === 'equipment') return 'equipment';
  return 'named';
}

/** Two given-name lists agree when one is empty or their first keys (or initials) agree. */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const x = a[0];
  const y = b[0];
  if (!x || !y) return true;
  if (x === y) return true;
  return (x.length === 1 || y.length === 1) && x[0] === y[0];
}
