#!/usr/bin/env -S node --max-old-space-size=8192
// The `lantern` command: loads the TypeScript sources through tsx, so a checkout runs as is.
// The heap limit is raised because resolution keeps the entity graph in memory: about 45 KB per
// document, so Node's default limit of about 4 GB runs out near 90,000 documents.
import { register } from 'tsx/esm/api';

// `lantern entities | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await runCli(process.argv.slice(2));
