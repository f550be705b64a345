// Writes extraction records for the seed reports so the scorer can read them:
//   npx tsx scripts/extract-seeds.ts [--seeds ../shared/seeds] [--out .tmp/seeds]
//   node ../shared/eval/score.mjs --gold ../shared/eval/dev-gold --system .tmp/seeds
// Cleaning (masthead, title, "Placeholder canvas") is ingest's buildDocument, as in `lantern extract`.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocument } from '../src/ingest/index.ts';
import { extractRecord } from '../src/extract/index.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const seeds = option('--seeds', '../shared/seeds');
const out = option('--out', '.tmp/seeds');
mkdirSync(out, { recursive: true });
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const id = basename(file, '.txt');
  const path = join(seeds, file);
  const doc = buildDocument({ id, source: path, format: 'text', text: readFileSync(path, 'utf8') });
  const record = extractRecord(doc);
  writeFileSync(join(out, `${id}.json`), JSON.stringify(record, null, 2) + '\n');
  console.log(`${id}: ${record.entities.length} entities, ${record.amounts.length} amounts, ${record.citations.length} citations, ${record.quotes.length} quotes, ${record.warnings?.length ?? 0} warnings`);
}
