// Shared set-up for the browser tests: builds the web app when its sources are newer than the
// build, serves the API and app over a temporary SQLite store on a free loopback port, and
// launches the system Chromium with a throwaway profile (never a downloaded browser).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readConfig } from '../../src/config/index.ts';
import { createServer } from '../../src/server/index.ts';
import { resolveStoredDocuments } from '../../src/app/index.ts';
import { createStore } from '../../src/store/index.ts';
import type { Store } from '../../src/model/index.ts';
import { loadSeeds, type SeedDocument } from '../support/seed-records.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WEB = join(ROOT, 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const RESULTS_DIR = join(ROOT, 'test-results');

function newestMtime(dir: string): number {
  return Math.max(...readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

export function buildWebIfStale(): void {
  const built = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web'], { cwd: ROOT, encoding: 'utf8' });
  if (vite.status !== 0) throw new Error(`web build failed:\n${vite.stdout}\n${vite.stderr}`);
}

/** The system Chromium with a fresh profile in `profileDir`. */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 900 },
  });
}

export interface Workbench {
  baseUrl: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Everything a browser test needs, over the seed articles plus `extra` documents; `close` undoes
 * it all, temp files included.
 */
export async function startWorkbench(extra: SeedDocument[] = []): Promise<Workbench> {
  buildWebIfStale();
  const tmp = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
  const store = createStore({ kind: 'sqlite', path: join(tmp, 'lantern.db') });
  for (const { doc, record } of [...loadSeeds(), ...extra]) await store.saveDocument(doc, record);
  // Resolved as an ingest would have: the first read would otherwise re-key the entities mid-test.
  await resolveStoredDocuments(store);
  const server = await listen(store);
  const { port } = server.address() as AddressInfo;
  const context = await launchChromium(join(tmp, 'profile'));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    context,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

function listen(store: Store): Promise<ServerType> {
  const app = createServer({ store, config: readConfig({}), webRoot: join(WEB, 'dist') });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(server));
  });
}

/** A running workbench with one page whose console and script errors are collected. */
export interface WatchedPage {
  bench: Workbench;
  page: Page;
  /** CSP violations and script errors surface here: a suite asserts it stays empty. */
  problems: string[];
}

export async function openWatchedPage(extra: SeedDocument[] = []): Promise<WatchedPage> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const bench = await startWorkbench(extra);
  const page = await bench.context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  return { bench, page, problems };
}
