// CLI: builds the `lantern` program from one file per command and runs it. Every failure ends
// here: printed as "lantern: <message>" and mapped to an exit code in exit-codes.ts.

import { Command, CommanderError } from 'commander';
import { createContext } from './context.ts';
import type { CliContext } from './context.ts';
import { reportError, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';
import { registerDocuments } from './commands/documents.ts';
import { registerEntities } from './commands/entities.ts';
import { registerEntity } from './commands/entity.ts';
import { registerEnqueue } from './commands/enqueue.ts';
import { registerExport } from './commands/export.ts';
import { registerLedger } from './commands/ledger.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerFeed } from './commands/feed.ts';
import { registerImport } from './commands/import.ts';
import { registerWatch } from './commands/watch.ts';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerAudit } from './commands/audit.ts';
import { registerToken } from './commands/token.ts';
import { registerUser } from './commands/user.ts';
import { registerWorker } from './commands/worker.ts';

export function buildProgram(): { program: Command; ctx: CliContext } {
  const program = new Command('lantern')
    .description('Lantern: ingest security-sector reporting, extract who/where/when/how much, search and serve it')
    .option('--db <path>', 'SQLite database file (default LANTERN_DB or data/lantern.db)')
    .showHelpAfterError()
    .exitOverride();
  const ctx = createContext(program);
  for (const register of [registerIngest, registerExtract, registerSearch, registerServe, registerDocuments, registerEntities, registerEntity, registerUser, registerToken, registerAudit, registerExport, registerLedger, registerWorker, registerEnqueue, registerMigrate, registerFeed, registerWatch, registerAlerts, registerImport]) {
    register(program, ctx);
  }
  return { program, ctx };
}

/** Runs the CLI with arguments after the executable; resolves to the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const { program, ctx } = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    // Commander has already printed its own message (usage errors, --help, --version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    return reportError(error);
  }
}
