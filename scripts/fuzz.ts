// `npm run fuzz`: property tests (fast-check) over the tokenizer, date, citation and money
// parsers, the text and HTML cleaners and the feed parser; 100,000 cases by default, fewer in CI
// with --runs N (or FUZZ_RUNS). Prints each target's count and the total; exits 1 on a failure.

import './script-help.ts';
import fc from 'fast-check';
import { TARGETS } from '../test/fuzz/targets.ts';

function totalRuns(argv: readonly string[]): number {
  const at = argv.indexOf('--runs');
  const raw = at >= 0 ? argv[at + 1] : process.env.FUZZ_RUNS;
  const runs = raw === undefined ? 100_000 : Number(raw);
  if (!Number.isInteger(runs) || runs < TARGETS.length) throw new Error(`--runs must be a whole number of at least ${TARGETS.length}`);
  return runs;
}

async function main(): Promise<number> {
  const total = totalRuns(process.argv.slice(2));
  const weights = TARGETS.reduce((sum, t) => sum + t.weight, 0);
  const seedArg = process.argv.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : Date.now() % 2 ** 31;
  let ran = 0;
  let failures = 0;
  for (const target of TARGETS) {
    const numRuns = Math.max(1, Math.ceil((total * target.weight) / weights));
    const started = performance.now();
    const details = await fc.check(target.property(numRuns), { numRuns, seed });
    ran += details.numRuns;
    const ms = Math.round(performance.now() - started);
    if (details.failed) {
      failures += 1;
      process.stdout.write(`FAIL ${target.name} after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath ?? '?'}):\n`);
      process.stdout.write(`  counterexample: ${fc.stringify(details.counterexample)}\n  ${String(details.errorInstance ?? 'property returned false')}\n`);
    } else {
      process.stdout.write(`ok   ${target.name}: ${details.numRuns} cases in ${ms} ms\n`);
    }
  }
  process.stdout.write(`fuzz: ${ran} cases in total, ${failures} failing target(s), seed ${seed}\n`);
  return failures ? 1 : 0;
}

process.exitCode = await main();
