#!/usr/bin/env node
// `npm start`: builds the web app if it has not been built, ingests the bundled samples into
// ./data/lantern.db (a no-op when they are already there) and serves http://localhost:8080.
// PORT and LANTERN_DB override the port and the database as everywhere else; with LANTERN_PG_URL
// set, both the ingest and the server use that PostgreSQL database instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

if (!existsSync('web/dist/index.html')) {
  console.error('lantern: building the web app (web/dist is missing)…');
  const build = spawnSync('npx', ['vite', 'build', 'web'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) console.error('lantern: the web app did not build; serving the API only');
}

register();
const { runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href);

// Unreadable samples are reported by the ingest command itself; serving goes on regardless.
await runCli(['ingest', 'samples']);
process.exitCode = await runCli(['serve']);
