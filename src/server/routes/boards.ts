// /api/boards: saved link-chart boards, listed, opened, saved whole (PUT) and deleted.
import { Hono } from 'hono';
import { deleteBoard, listBoards, openBoard, saveBoard, type WorkbenchStore } from '../../app/index.ts';
import { ValidationError } from '../../model/index.ts';

async function readJson(body: () => Promise<unknown>): Promise<unknown> {
  try {
    return await body();
  } catch {
    throw new ValidationError('the request body must be JSON');
  }
}

export function boardRoutes(workbench: WorkbenchStore): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => c.json({ items: await listBoards(workbench) }));
  routes.get('/:id', async (c) => c.json(await openBoard(workbench, c.req.param('id'))));
  routes.put('/:id', async (c) => {
    const created = await saveBoard(workbench, c.req.param('id'), await readJson(() => c.req.json()));
    return c.json(await openBoard(workbench, c.req.param('id')), created ? 201 : 200);
  });
  routes.delete('/:id', async (c) => {
    await deleteBoard(workbench, c.req.param('id'));
    return c.body(null, 204);
  });
  return routes;
}
