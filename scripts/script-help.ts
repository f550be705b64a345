// Imported first by every npm-run script: with --help or -h, prints the script's header comment (what it
// does, its options and its summary line) and exits before anything heavy loads.

import { readFileSync } from 'node:fs';

/** The leading `//` comment block of a source text, without the comment markers. */
export function headerComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n');
}

const script = process.argv[1];
if (script && (process.argv.includes('--help') || process.argv.includes('-h'))) {
  process.stdout.write(`${headerComment(readFileSync(script, 'utf8'))}\n`);
  process.exit(0);
}
