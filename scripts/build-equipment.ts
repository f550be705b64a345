// Builds data/lexicon/equipment.json, the equipment gazetteer of the equipment step: SIPRI weapon
// designations ("T-72", "Mi-24") and descriptions ("combat helicopter") plus data/lexicon/equipment-generic.txt.
// Run: npx tsx scripts/build-equipment.ts [--data ../shared/data/sipri_arms_transfers]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = process.argv.indexOf('--data');
const dir = arg > 0 ? process.argv[arg + 1]! : '../shared/data/sipri_arms_transfers';

// Minimal CSV reader: fields may be double-quoted with "" escapes.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const cells: string[] = [];
    for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2] ?? '');
    rows.push(cells);
  }
  return rows.slice(1);
}

const generic = readFileSync('data/lexicon/equipment-generic.txt', 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const descriptions = parseCsv(readFileSync(join(dir, 'weapon_description_categories.csv'), 'utf8'))
  .flatMap((r) => (r[3] ?? '').split('/')).map((d) => d.trim().toLowerCase())
  // Halves of "a/b" descriptions that are adjectives or acronyms alone ("light", "ground", "aals") are dropped.
  .filter((d) => d.length > 3 && (d.includes(' ') || /(?:er|ar|on|ne|ft|ip|ry|le|ke|at)$/.test(d)) && !/^(?:trainer|transport|landing|support|reconnaissance|tanker|anti-ship)$/.test(d));
// Designations are kept when distinctive: they contain a digit or an inner capital ("T-72", "HMMWV").
const designations = parseCsv(readFileSync(join(dir, 'weapon_designations.csv'), 'utf8'))
  .map((r) => (r[0] ?? '').trim()).filter((d) => d.length >= 3 && /\d|[A-Z].*[A-Z]/.test(d) && !/^\d+$/.test(d));

// "flack jacket > flak jacket": a spelling seen in reports, and the name to file it under.
const variants = Object.fromEntries(generic.filter((g) => g.includes('>')).map((g) => g.split('>').map((x) => x.trim().toLowerCase()) as [string, string]));
const plain = generic.map((g) => g.split('>')[0]!.trim());
const terms = [...new Set([...plain.map((g) => (/[A-Z]{2}/.test(g) || /^[A-Z][a-z]/.test(g) ? g : g.toLowerCase())), ...descriptions])].sort();
const out = { terms, variants, designations: [...new Set(designations)].sort() };
writeFileSync('data/lexicon/equipment.json', JSON.stringify(out, null, 0) + '\n');
console.log(`equipment.json: ${out.terms.length} terms, ${out.designations.length} designations`);
