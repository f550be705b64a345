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
const texts0 = texts.slice(0, 50);
for (const text of texts0) extractRecord({ id: 'warm-up', text, published: '2005' });
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const copies = Number(option('--copies', '3'));
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let c = 0; c < copies; c++) {
  for (const text of texts) extractRecord({ id: 'profile', text, published: '2005' });
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${texts.length} files x${copies}: ${wall.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s cpu, ${Math.round(words * copies / cpuSeconds)} words/cpu-s, ${Math.round(words * copies / wall)} words/s`);
