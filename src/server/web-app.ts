// Serves the built web app from webRoot, falling back to index.html for client-side routes.
// /api paths never reach the fallback (they get the API's JSON 404), nor do missing files: a
// path whose last segment has an extension is a file request, and index.html is not that file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function mountWebApp(app: Hono, webRoot: string): void {
  if (!existsSync(join(webRoot, 'index.html'))) return; // API-only: the app has not been built
  // Vite puts a content hash in every asset name, so assets never change; index.html always may.
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.ok) return;
    if (c.req.path.startsWith('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    else if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', serveStatic({ root: webRoot }));
  app.get('*', async (c, next) => {
    if (/\.[^/]*$/.test(c.req.path)) return next();
    return serveStatic({ root: webRoot, path: 'index.html' })(c, next);
  });
}
