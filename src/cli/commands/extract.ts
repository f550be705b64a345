// CLI: `lantern extract FILE... --out DIR`: one extraction-v1 record per document as
// DIR/<id>.json, no database. `-` reads stdin and prints the record(s) on stdout instead.

import type { Command } from 'commander';
import { ValidationError } from '../../model/index.ts';
import { extractFiles, extractSource } from '../../app/index.ts';
import { EXIT_CODES } from '../exit-codes.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('write one extraction record per file to DIR/<file name without extension>.json; - prints stdin\'s record')
    .argument('<files...>', 'files or folders, or - for standard input')
    .option('-o, --out <dir>', 'folder for the records (needed unless the only input is -)')
    .option('--json', 'print a JSON summary of what was written')
    .action(async (files: string[], opts: { out?: string; json?: boolean }) => {
      if (files.includes('-')) {
        if (files.length > 1) throw new ValidationError('- (stdin) cannot be combined with other inputs');
        const records = await extractSource(await ctx.readStdin(), '-');
        printJson(records.length === 1 ? records[0] : records);
        return;
      }
      if (!opts.out) throw new ValidationError('--out DIR is required when extracting files');
      const summary = await extractFiles(files, opts.out);
      for (const { path, reason } of summary.failed) process.stderr.write(`lantern: ${path}: ${reason}\n`);
      if (opts.json) printJson(summary);
      else for (const w of summary.written) process.stdout.write(`${w.file}\n`);
      if (summary.failed.length > 0) ctx.exitCode = EXIT_CODES.unreadable_file;
    });
}
