// The HTTP layer: the JSON API under /api, security headers on every response, one error handler,
// and the built web app with SPA fallback. `lantern serve` listens with @hono/node-server.
import { resolve } from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { openWorkbench, type WorkbenchStore } from '../app/index.ts';
import { openMonitor, type MonitorStore } from '../app/feeds.ts';
import { NotFoundError, type Store } from '../model/index.ts';
import type { LanternConfig } from '../config/index.ts';
import { mountAuth, type AuthOptions } from './auth/mount.ts';
import { createErrorHandler, type ErrorLogger } from './error-handler.ts';
import { openApiDocument } from './openapi.ts';
import { boardRoutes } from './routes/boards.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { entityGraphRoutes, extractionRoutes } from './routes/entity-graph.ts';
import { eventRoutes } from './routes/events.ts';
import { facetRoutes } from './routes/facets.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { searchRoutes } from './routes/search.ts';
import { transferRoutes } from './routes/transfers.ts';
import { alertRoutes } from './routes/alerts.ts';
import { exportRoutes } from './routes/export.ts';
import { feedRoutes } from './routes/feeds.ts';
import { referenceRoutes } from './routes/references.ts';
import { watchlistRoutes } from './routes/watchlists.ts';
import { mountWebApp } from './web-app.ts';

export interface ServerOptions extends AuthOptions {
  store: Store;
  config: LanternConfig;
  /** Folder of the built web app; default web/dist. */
  webRoot?: string;
  /** Boards and corrections; without one, an in-memory store that lasts as long as the server. */
  workbench?: WorkbenchStore;
  /** Feeds, watchlists, alerts and references; without one, an in-memory store like the workbench's. */
  monitor?: MonitorStore;
  /** Where server faults are reported; default stderr. */
  logError?: ErrorLogger;
}

/**
 * Builds the application; the caller owns the store and the listener.
 * @example serve({ fetch: createServer({ store, config }).fetch, port: config.port, hostname: config.host })
 */
export function createServer(opts: ServerOptions): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY', // matches frame-ancestors 'none' for browsers without CSP 2
    // Lantern speaks plain HTTP on loopback; HSTS belongs to whatever terminates TLS in front.
    strictTransportSecurity: false,
  }));
  app.onError(createErrorHandler(opts.logError ?? ((err) => console.error(err))));
  mountAuth(app, opts); // body limit, role checks keyed by auth/route-table.ts, login routes

  app.route('/api/health', healthRoutes(opts.store));
  app.route('/api/documents', documentRoutes(opts.store));
  app.route('/api/entities', entityRoutes(opts.store));
  app.route('/api/entities', entityGraphRoutes(opts.store, opts.accounts));
  app.route('/api/extractions', extractionRoutes(opts.store, opts.accounts));
  app.route('/api/events', eventRoutes(opts.store));
  app.route('/api/transfers', transferRoutes(opts.store));
  const workbench = opts.workbench ?? openWorkbench({ dbPath: ':memory:' });
  app.route('/api/search', searchRoutes(opts.store, workbench));
  app.route('/api/graph', graphRoutes(opts.store, workbench));
  app.route('/api/facets', facetRoutes(opts.store, workbench));
  app.route('/api/boards', boardRoutes(workbench));
  app.route('/api/corrections', correctionRoutes(opts.store, workbench, opts.accounts));
  const monitor = opts.monitor ?? openMonitor({ dbPath: ':memory:' });
  app.route('/api/export', exportRoutes(opts.store));
  app.route('/api/alerts', alertRoutes(monitor));
  app.route('/api/feeds', feedRoutes(monitor));
  app.route('/api/watchlists', watchlistRoutes(monitor));
  app.route('/api/references', referenceRoutes(opts.store, monitor));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument));
  app.all('/api/*', (c) => {
    throw new NotFoundError('route', `${c.req.method} ${c.req.path}`);
  });

  mountWebApp(app, opts.webRoot ?? resolve('web/dist'));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `not found: ${c.req.path}` } }, 404));
  return app;
}
