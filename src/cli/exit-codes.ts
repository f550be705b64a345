// CLI: the one place that maps error codes to exit codes and prints errors as "lantern: <message>".

import { LanternError } from '../model/index.ts';
import type { ErrorCode } from '../model/index.ts';

/** 1: some input could not be used; 2: the command line itself is wrong; higher: our side. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  unreadable_file: 1,
  validation: 2,
  not_found: 3,
  conflict: 4,
  unauthorized: 5,
  forbidden: 5,
  too_large: 6,
  store_query: 7,
  internal: 70,
};

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
/** Unexpected failures: EX_SOFTWARE from sysexits. */
export const EXIT_INTERNAL = 70;

export function exitCodeFor(error: unknown): number {
  return error instanceof LanternError ? EXIT_CODES[error.code] : EXIT_INTERNAL;
}

/** Prints the error for a user; the stack only for failures that are ours, not theirs. */
export function reportError(error: unknown, write: (line: string) => void = (l) => process.stderr.write(l)): number {
  const message = error instanceof Error ? error.message : String(error);
  write(`lantern: ${message}\n`);
  if (!(error instanceof LanternError) && error instanceof Error && error.stack) write(`${error.stack}\n`);
  return exitCodeFor(error);
}
