// OpenAPI entries for the entity graph: neighbours, timeline and the analyst's corrections;
// openapi.ts spreads the paths in and hangs `entityPatch` on /api/entities/{id}.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const failures = {
  '400': json(ref('Error'), 'Invalid body or parameter'),
  '404': json(ref('Error'), 'No such entity, document or extraction'),
};
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const body = (properties: Record<string, object>, required: string[]) => ({
  required: true, content: { 'application/json': { schema: { type: 'object', required, properties } } },
});
const provenance = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      document: { type: 'string' }, date: { type: ['string', 'null'] },
      spans: { type: 'array', items: { type: 'array', items: { type: 'integer' } } }, sources: { type: 'array', items: { type: 'string' } },
    },
  },
};
const node = { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } } };
const edge = {
  type: 'object',
  properties: { kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, label: { type: ['string', 'null'] }, provenance },
};
const role = {
  type: 'object',
  properties: {
    title: { type: 'string' }, organization: { type: ['string', 'null'] }, organizationName: { type: ['string', 'null'] },
    date: { type: 'string' }, documents: { type: 'array', items: { type: 'string' } },
  },
};
const corrected = json({
  type: 'object',
  properties: { entity: { oneOf: [ref('EntitySummary'), { type: 'null' }] }, before: { type: 'array', items: ref('EntitySummary') }, correction: { type: 'object' } },
}, 'The entity after the correction (null when rejected), the entities before, and the correction as recorded');

export const entityPatch = {
  summary: 'Rename and/or retype an entity (recorded as corrections, audited, kept across re-ingest)',
  parameters: [path('id')],
  requestBody: body({ name: { type: 'string' }, type: { type: 'string' } }, []),
  responses: { '200': corrected, ...failures },
};

export const entityRelations = { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, direction: { enum: ['out', 'in'] }, other: node, label: { type: ['string', 'null'] }, provenance } } };
export const entityRoles = { type: 'array', items: role };

export const entityGraphPaths = {
  '/api/entities/{id}/neighbors': {
    get: {
      summary: 'The entity, its neighbours and the relations between them, each with provenance (documents, spans, cited sources)',
      parameters: [path('id'), { name: 'kinds', in: 'query', description: 'Comma-separated relation kinds', schema: { type: 'string' } }],
      responses: { '200': json({ type: 'object', properties: { nodes: { type: 'array', items: node }, edges: { type: 'array', items: edge } } }, 'Nodes and edges'), ...failures },
    },
  },
  '/api/entities/{id}/timeline': {
    get: {
      summary: 'Titles the entity held over time, with the documents stating them',
      parameters: [path('id')],
      responses: { '200': json({ type: 'object', properties: { entity: ref('EntitySummary'), roles: entityRoles } }, 'The timeline'), ...failures },
    },
  },
  '/api/entities/merge': {
    post: { summary: 'Merge entities into one', requestBody: body({ ids: { type: 'array', items: { type: 'string' }, minItems: 2 } }, ['ids']), responses: { '200': corrected, ...failures } },
  },
  '/api/entities/{id}/split': {
    post: {
      summary: 'Split the members with this name (in one document, if given) off into their own entity',
      parameters: [path('id')], requestBody: body({ name: { type: 'string' }, documentId: { type: 'string' } }, ['name']),
      responses: { '200': corrected, ...failures },
    },
  },
  '/api/extractions/{documentId}/{localId}/accept': {
    post: { summary: 'Accept one extracted entity', parameters: [path('documentId'), path('localId')], responses: { '200': corrected, ...failures } },
  },
  '/api/extractions/{documentId}/{localId}/reject': {
    post: { summary: 'Reject one extracted entity: it is no longer served', parameters: [path('documentId'), path('localId')], responses: { '200': corrected, ...failures } },
  },
};
