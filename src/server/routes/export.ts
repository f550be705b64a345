// /api/export/:kind?format=F: the export use-case streamed as the response body, read from the
// store page by page while the client downloads, with no size cap.
import { Hono } from 'hono';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_KINDS, EXPORT_MEDIA_TYPES, exportChunks, readExportRequest } from '../../app/exports.ts';
import type { Store } from '../../model/index.ts';

export function exportRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get('/:kind', (c) => {
    const { kind, format } = readExportRequest(c.req.param('kind'), c.req.query('format'));
    const chunks = exportChunks(store, kind, format);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        'content-type': EXPORT_MEDIA_TYPES[format],
        'content-disposition': `attachment; filename="lantern-${kind}.${EXPORT_EXTENSIONS[format]}"`,
      },
    });
  });
  return routes;
}

const formats = [...new Set(Object.values(EXPORT_FORMATS).flat())];

export const exportPaths = {
  '/api/export/{kind}': {
    get: {
      summary: 'Stream an export: CSV, JSON lines, GeoJSON, GEXF, GraphML, FollowTheMoney or ACLED-style CSV',
      parameters: [
        { name: 'kind', in: 'path', required: true, schema: { enum: [...EXPORT_KINDS] } },
        { name: 'format', in: 'query', description: Object.entries(EXPORT_FORMATS).map(([k, f]) => `${k}: ${f.join(', ')}`).join('; '), schema: { enum: formats } },
      ],
      responses: { '200': { description: 'The export, streamed' }, '400': { description: 'Unknown kind or format for the kind' } },
    },
  },
};
