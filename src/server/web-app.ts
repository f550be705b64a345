// Serves the built web app from webRoot, falling back to index.html for client-side routes.
// /api paths never reach the fallback: they get the API's JSON 404 instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function mountWebApp(app: Hono, webRoot: string): void {
  if (!existsSync(join(webRoot, 'index.html'))) return; // API-only: the app has not been built
  app.use('*', serveStatic({ root: webRoot }));
  app.get('*', serveStatic({ root: webRoot, path: 'index.html' }));
}
