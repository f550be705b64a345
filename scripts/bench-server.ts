// `npm run bench:server`: load test of the HTTP server. Builds a temporary database of the sample
// corpus ×100 (200 variants of the two seed articles), starts `lantern serve` on loopback with an
// account and an API token, and runs autocannon (50 connections) over search and document routes.
// Ends with "server req/s N p99 M ms"; the target is p99 < 200 ms.

import './script-help.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { ingestPaths, openStore } from '../src/app/index.ts';
import { addUser, createToken, openAccounts } from '../src/app/accounts.ts';

interface Histogram { average: number; total: number; p50: number; p99: number }
interface LoadResult { requests: Histogram; latency: Histogram; errors: number; non2xx: number }
interface LoadRequest { path: string }
type Autocannon = (opts: {
  url: string; connections: number; duration: number; headers: Record<string, string>;
  requests: { setupRequest: (req: LoadRequest) => LoadRequest }[];
}) => Promise<LoadResult>;
// autocannon ships no type declarations; this is the slice of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SEEDS = resolve(process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1]! : '../shared/seeds');
const VARIANTS = 100;
const DURATION_S = Number(process.argv.includes('--duration') ? process.argv[process.argv.indexOf('--duration') + 1] : 15);
const PORT = 18000 + Math.floor(Math.random() * 1000);
const QUERIES = ['Nazarbayev', 'military', 'Kazakhstan army', 'Interfax', 'helicopters', 'ministry of defense', 'Almaty', 'training'];

/** 100 variants of each seed: a numbered note first and every year shifted, so each hashes differently. */
function writeVariants(dir: string): number {
  let count = 0;
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    for (let i = 0; i < VARIANTS; i += 1) {
      writeFileSync(join(dir, `${i}-${name}`), `${text}\n\nEditor's note ${i}: variant ${i} of ${name} for load testing.\n`);
      count += 1;
    }
  }
  return count;
}

async function startServer(dbPath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve('bin/lantern.mjs'), '--db', dbPath, 'serve', '-p', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('serving at')) done(); });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return child;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  const files = join(root, 'files');
  mkdirSync(files);
  const dbPath = join(root, 'bench.db');
  let server: ChildProcess | undefined;
  try {
    const written = writeVariants(files);
    const store = openStore({ dbPath });
    const summary = await ingestPaths(store, [files]);
    await store.close();
    process.stdout.write(`corpus: ${written} files, ${summary.created.length} documents stored\n`);
    const accounts = openAccounts({ dbPath });
    await addUser(accounts, 'bench', 'viewer', 'bench-password', 'bench');
    const token = await createToken(accounts, 'bench', 'bench', 'bench');
    await accounts.close();
    const ids = summary.created.map((d) => d.id);

    server = await startServer(dbPath);
    const paths = [
      ...QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
      '/api/documents?limit=20', '/api/documents?limit=50&offset=100',
      ...ids.slice(0, 20).map((id) => `/api/documents/${id}`),
    ];
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}`,
      connections: 50,
      duration: DURATION_S,
      headers: { authorization: `Bearer ${token}` },
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
    });
    process.stdout.write(`requests ${result.requests.total}, errors ${result.errors}, non-2xx ${result.non2xx}, p50 ${result.latency.p50} ms\n`);
    if (result.non2xx > 0 || result.errors > 0) process.exitCode = 1;
    process.stdout.write(`server req/s ${Math.round(result.requests.average)} p99 ${result.latency.p99} ms\n`);
  } finally {
    server?.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
