// Runs only Lantern's extraction over the BBC corpus a few times, for `node --cpu-prof` (the bench
// also runs compromise, which would crowd the profile).
//   node --cpu-prof --cpu-prof-dir=.tmp/prof --import tsx scripts/profile-extract.ts [--limit 300] [--copies 3]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractRecord } from '../src/extract/index.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const dir = option('--data', '../shared/data/news/bbc');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt') && !/readme/i.test(f)).sort().slice(0, Number(option('--limit', '300')));
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const t0 = process.hrtime.bigint();
for (let c = 0; c < Number(option('--copies', '3')); c++) {
  for (const text of texts) extractRecord({ id: 'profile', text, published: '2005' });
}
console.log(`${texts.length} files, ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s`);
