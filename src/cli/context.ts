// CLI: what every command receives: the configuration with the global --db applied, the exit code
// the run will end with, and standard input as bytes.

import type { Command } from 'commander';
import { readConfig } from '../config/index.ts';
import type { LanternConfig } from '../config/index.ts';

export interface CliContext {
  /** The configuration, with --db (a global option) overriding LANTERN_DB. */
  config(): LanternConfig;
  /** Commands that partly fail (some files unreadable) set a non-zero code and return normally. */
  exitCode: number;
  readStdin(): Promise<Uint8Array>;
}

export function createContext(program: Command): CliContext {
  return {
    config() {
      const base = readConfig();
      const db = program.opts<{ db?: string }>().db;
      return db ? { ...base, dbPath: db } : base;
    },
    exitCode: 0,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks);
    },
  };
}

/** Writes a value as pretty JSON on stdout: the --json output of every command. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
