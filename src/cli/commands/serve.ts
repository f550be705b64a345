// CLI: `lantern serve`: the HTTP API and the built web app (web/dist) on one port, until
// interrupted; the store is closed on SIGINT/SIGTERM.

import { resolve } from 'node:path';
import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { openStore } from '../../app/index.ts';
import { openAccounts } from '../../app/accounts.ts';
import { openMonitor } from '../../app/feeds.ts';
import { openWorkbench } from '../../app/review.ts';
import { LanternError } from '../../model/index.ts';
import { createServer } from '../../server/index.ts';
import type { CliContext } from '../context.ts';
import { parsePort } from '../options.ts';

export interface ServeOptions {
  port?: number;
  webRoot?: string;
  /** Trust X-Forwarded-Proto from a TLS-terminating proxy (Secure cookies). */
  trustProxy?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Starts listening and resolves once the port is bound; used by `npm start` too. */
export async function startServer(ctx: CliContext, opts: ServeOptions): Promise<string> {
  const config = { ...ctx.config(), ...(opts.port ? { port: opts.port } : {}) };
  const accounts = openAccounts(config);
  // Without accounts everyone is admin, which is only acceptable when no one else can connect.
  const users = await accounts.countUsers();
  if (users === 0 && !LOOPBACK.test(config.host)) {
    await accounts.close();
    throw new LanternError('validation', `refusing to serve on ${config.host} without accounts; add one with \`lantern user add NAME --role admin\``);
  }
  if (users === 0) process.stderr.write('No accounts: single-user mode, loopback only, no login.\n');
  const store = openStore(config);
  // Boards, corrections, feeds, watchlists and alerts live in the same database file as the
  // documents, so what the CLI adds is what the server shows and it all survives a restart.
  const workbench = openWorkbench(config);
  const monitor = openMonitor(config);
  const app = createServer({ store, config, accounts, workbench, monitor, trustProxy: opts.trustProxy ?? false, webRoot: opts.webRoot ?? resolve('web/dist') });
  const url = await new Promise<string>((done, fail) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      done(`http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${info.port}`);
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      void store.close();
      fail(error.code === 'EADDRINUSE'
        ? new LanternError('conflict', `port ${config.port} is already in use; choose another with --port or PORT`, { cause: error })
        : error);
    });
    const stop = () => server.close(() => {
      void Promise.all([accounts.close(), workbench.close(), monitor.close(), store.close()]).then(() => process.exit(0));
    });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return url;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/...) and the web app')
    .option('-p, --port <n>', 'port (default PORT or 8080)', parsePort)
    .option('--web-root <dir>', 'built web app to serve', 'web/dist')
    .option('--trust-proxy', 'trust X-Forwarded-Proto from a reverse proxy terminating https')
    .action(async (opts: { port?: number; webRoot: string; trustProxy?: boolean }) => {
      const url = await startServer(ctx, { ...(opts.port ? { port: opts.port } : {}), webRoot: resolve(opts.webRoot), trustProxy: opts.trustProxy ?? false });
      process.stdout.write(`Lantern is serving at ${url}\n`);
    });
}
