// Sums self time per function (name + file:line) in a V8 .cpuprofile and prints the top entries,
// to see which hot paths of the extraction pipeline are worth optimising.
//   npx tsx scripts/profile-aggregate.ts FILE.cpuprofile [--top 40]
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const file = process.argv[2];
if (!file) { console.error('usage: profile-aggregate FILE.cpuprofile [--top N]'); process.exit(2); }
const at = process.argv.indexOf('--top');
const top = at > 0 ? Number(process.argv[at + 1]) : 40;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const label = new Map<number, string>();
for (const { id, callFrame: f } of profile.nodes) {
  const where = f.url ? `${f.url.replace(/^.*\/(src|scripts|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
  label.set(id, `${f.functionName || '(anonymous)'} ${where}`.trim());
}
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const name = label.get(id) ?? '?';
  self.set(name, (self.get(name) ?? 0) + dt);
});
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(100 * us / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
}
