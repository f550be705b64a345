// Hash routes of the workbench: "#/?q=Humvee&offset=20" (search, the home page) and
// "#/documents/<id>" (the reader). Parsing and building live together so links stay in step.

export type Route =
  | { name: 'search'; q: string; offset: number }
  | { name: 'document'; id: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  const params = new URLSearchParams(search);
  if (path === '/' || path === '') {
    const offset = Number(params.get('offset') ?? 0);
    return { name: 'search', q: params.get('q') ?? '', offset: Number.isInteger(offset) && offset > 0 ? offset : 0 };
  }
  const doc = /^\/documents\/([^/]+)$/.exec(path);
  if (doc?.[1]) return { name: 'document', id: decodeURIComponent(doc[1]) };
  return { name: 'not-found', path };
}

export function searchHref(q: string, offset = 0): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (offset > 0) params.set('offset', String(offset));
  const search = params.toString();
  return search ? `#/?${search}` : '#/';
}

export function documentHref(id: string): string {
  return `#/documents/${encodeURIComponent(id)}`;
}
