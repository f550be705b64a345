#!/usr/bin/env node
// The `lantern` command: loads the TypeScript sources through tsx, so a checkout runs as is.
import { register } from 'tsx/esm/api';

// `lantern entities | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await runCli(process.argv.slice(2));
