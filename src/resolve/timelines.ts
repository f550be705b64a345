// Role timelines: each person's titles over time, from the holds-role facts of dated documents.

import type { Edge } from './types.ts';

export interface RoleSpell {
  title: string;
  /** Organization cluster id, or null when the document names none. */
  organization: string | null;
  date: string;
  documents: string[];
}

/** Person cluster id -> titles in date order; undated statements are left out. */
export function roleTimelines(edges: readonly Edge[]): Map<string, RoleSpell[]> {
  const byPerson = new Map<string, Map<string, RoleSpell>>();
  for (const e of edges) {
    if (e.kind !== 'holds-role' || e.label === null) continue;
    for (const p of e.provenance) {
      if (!p.date) continue;
      const spells = byPerson.get(e.from) ?? new Map<string, RoleSpell>();
      const key = `${p.date}|${e.label}|${e.to}`;
      const spell = spells.get(key) ?? { title: e.label, organization: e.to === '' ? null : e.to, date: p.date, documents: [] };
      if (!spell.documents.includes(p.document)) spell.documents.push(p.document);
      spells.set(key, spell);
      byPerson.set(e.from, spells);
    }
  }
  const out = new Map<string, RoleSpell[]>();
  for (const [person, spells] of byPerson) {
    out.set(person, [...spells.values()].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title)));
  }
  return out;
}
