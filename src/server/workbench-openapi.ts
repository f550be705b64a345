// OpenAPI entries for the workbench routes (graph, facets, boards, corrections); openapi.ts
// spreads them into its paths.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = { '400': json(ref('Error'), 'Invalid request') };
const notFound = { '404': json(ref('Error'), 'No such resource') };
const obj = { type: 'object' };
const items = (schema: object) => ({ type: 'object', properties: { items: { type: 'array', items: schema } } });
const query = (name: string, description: string, required = false) => ({ name, in: 'query', required, description, schema: { type: 'string' } });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const edge = {
  type: 'object',
  properties: {
    id: { type: 'string' }, kind: { enum: ['holds-role', 'part-of', 'located-in', 'transferred-to', 'cites', 'co-occurs'] },
    from: { type: 'string' }, to: { type: 'string' }, label: { type: ['string', 'null'] },
    provenance: { type: 'array', items: { type: 'object', properties: { document: { type: 'string' }, spans: { type: 'array' }, sources: { type: 'array' }, date: { type: ['string', 'null'] } } } },
  },
};
const correction = { type: 'object', properties: { id: { type: 'integer' }, op: { enum: ['accept', 'reject', 'rename', 'merge'] }, entityId: { type: 'string' }, value: { type: ['string', 'null'] }, createdAt: { type: 'string' } } };
const requestBody = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });

export const workbenchPaths = {
  '/api/graph/neighbors': {
    get: {
      summary: 'An entity, its neighbours and the edges between them, each edge with its provenance',
      parameters: [query('entity', 'Entity id', true), query('from', 'ISO date prefix'), query('to', 'ISO date prefix, inclusive'), query('kinds', 'Comma-separated relation kinds')],
      responses: { '200': json({ type: 'object', properties: { nodes: { type: 'array' }, edges: { type: 'array', items: edge } } }, 'A subgraph'), ...errors },
    },
  },
  '/api/graph/places': {
    get: { summary: 'Geocoded places with the documents naming them and the events set there', responses: { '200': json(items(obj), 'Places') } },
  },
  '/api/facets': {
    get: {
      summary: 'Per-document facets and their counts, over documents matching q or the whole corpus',
      parameters: [query('q', 'Full-text query'), query('entity', 'Only documents naming this entity (canonical id)')], responses: { '200': json(obj, 'Facets'), ...errors },
    },
  },
  '/api/boards': { get: { summary: 'Saved link-chart boards', responses: { '200': json(items(obj), 'Boards') } } },
  '/api/boards/{id}': {
    get: { summary: 'One board', parameters: [id], responses: { '200': json(obj, 'The board'), ...notFound } },
    put: {
      summary: 'Save a board whole', parameters: [id],
      requestBody: requestBody({ type: 'object', required: ['name', 'board'], properties: { name: { type: 'string' }, board: obj } }),
      responses: { '200': json(obj, 'Saved'), '201': json(obj, 'Created'), ...errors },
    },
    delete: { summary: 'Delete a board', parameters: [id], responses: { '204': { description: 'Deleted' }, ...notFound } },
  },
  '/api/corrections': {
    get: { summary: 'The review log, oldest first', responses: { '200': json(items(correction), 'Corrections') } },
    post: {
      summary: 'Record a decision: accept, reject, rename (value = new name) or merge (value = target entity id)',
      requestBody: requestBody({ type: 'object', required: ['op', 'entity'], properties: { op: { type: 'string' }, entity: { type: 'string' }, value: { type: 'string' } } }),
      responses: { '201': json(correction, 'Recorded'), ...errors },
    },
  },
  '/api/corrections/queue': {
    get: { summary: 'Extractions not yet reviewed, least confident first', parameters: [query('limit', 'At most this many')], responses: { '200': json(items(obj), 'Queue'), ...errors } },
  },
  '/api/corrections/entities': {
    get: {
      summary: 'Entities with corrections applied (rejected hidden, renamed, merged shown as one)',
      parameters: [query('q', 'Name or alias contains'), query('type', 'Entity type'), query('limit', 'Page size'), query('offset', 'Page start')],
      responses: { '200': json(ref('EntitySummary'), 'A page of entities'), ...errors },
    },
  },
};
