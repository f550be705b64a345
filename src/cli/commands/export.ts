// CLI: `lantern export KIND --format F --out FILE`: entities, events, transfers, amounts, graph or
// places as CSV, JSON lines, GeoJSON, GEXF, GraphML, FollowTheMoney or ACLED-style CSV; streamed.

import type { Command } from 'commander';
import { EXPORT_FORMATS, EXPORT_KINDS, exportChunks, exportToFile, readExportRequest } from '../../app/exports.ts';
import { openStore } from '../../app/index.ts';
import type { CliContext } from '../context.ts';

const help = EXPORT_KINDS.map((k) => `${k}: ${EXPORT_FORMATS[k].join(', ')}`).join('; ');

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description(`write stored facts in analysts' formats (${help})`)
    .argument('<kind>', EXPORT_KINDS.join('|'))
    .option('-f, --format <format>', 'output format (default: the first listed for the kind)')
    .option('-o, --out <file>', 'output file (default: standard output)')
    .action(async (kind: string, opts: { format?: string; out?: string }) => {
      const request = readExportRequest(kind, opts.format);
      const store = openStore(ctx.config());
      try {
        if (opts.out) {
          const bytes = await exportToFile(store, request.kind, request.format, opts.out);
          process.stderr.write(`wrote ${request.kind} as ${request.format} to ${opts.out} (${bytes} bytes)\n`);
          return;
        }
        for await (const chunk of exportChunks(store, request.kind, request.format)) {
          if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done));
        }
      } finally {
        await store.close();
      }
    });
}
