// Writes the extraction records of a fixed sample (the seed reports + the first N BBC files) to a
// folder, without timing fields, so two runs can be diffed to prove an optimisation changed nothing.
//   npx tsx scripts/profile-snapshot.ts --out .tmp/snap-a [--seeds ../shared/seeds] [--data ../shared/data/news/bbc] [--limit 200]
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocument } from '../src/ingest/index.ts';
import { extractRecord } from '../src/extract/index.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function listTexts(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTexts(path);
    return name.endsWith('.txt') && !/readme/i.test(name) ? [path] : [];
  });
}

const out = option('--out', '.tmp/snapshot');
const seeds = option('--seeds', '../shared/seeds');
const bbc = listTexts(option('--data', '../shared/data/news/bbc')).slice(0, Number(option('--limit', '200')));
mkdirSync(out, { recursive: true });
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const id = basename(file, '.txt');
  const path = join(seeds, file);
  const doc = buildDocument({ id, source: path, format: 'text', text: readFileSync(path, 'utf8') });
  writeFileSync(join(out, `seed-${id}.json`), JSON.stringify(extractRecord(doc), null, 1) + '\n');
}
bbc.forEach((path, i) => {
  const record = extractRecord({ id: `bbc-${i}`, text: readFileSync(path, 'utf8'), published: '2005' });
  writeFileSync(join(out, `bbc-${String(i).padStart(3, '0')}.json`), JSON.stringify(record, null, 1) + '\n');
});
console.log(`${bbc.length} BBC files and the seeds written to ${out}`);
