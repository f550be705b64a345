// The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. Hand-written: a test
// checks that every route the server registers appears here.
import { EVENT_TYPES } from '../model/index.ts';
import { authPaths } from './auth/openapi-paths.ts';
import { workbenchPaths } from './workbench-openapi.ts';
import { alertPaths } from './routes/alerts.ts';
import { exportPaths } from './routes/export.ts';
import { feedPaths } from './routes/feeds.ts';
import { referencePaths } from './routes/references.ts';
import { watchlistPaths } from './routes/watchlists.ts';
import { entityGraphPaths, entityPatch, entityRelations, entityRoles } from './entity-graph-openapi.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, TRANSFER_STATUSES, listEntityTypes } from './query-params.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  '400': json(ref('Error'), 'Invalid parameter'),
  '500': json(ref('Error'), 'Server fault (details are logged, not returned)'),
};
const notFound = { '404': json(ref('Error'), 'No such resource') };
const nullableString = { type: ['string', 'null'] };

const pageParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const many = (name: string, description: string, items: object) => ({ name, in: 'query', description, style: 'form', explode: true, schema: { type: 'array', items } });
const searchFacetParams = [
  many('type', 'Entity type every kept document holds (repeatable)', { enum: [...listEntityTypes()] }),
  many('outlet', 'Outlet; a document from any given outlet is kept (repeatable)', { type: 'string' }),
  many('eventType', 'Event type every kept document holds (repeatable)', { enum: [...EVENT_TYPES] }),
  many('entity', 'Entity id every kept document names (repeatable)', { type: 'string' }),
  { name: 'from', in: 'query', description: 'Published on or after (ISO date prefix)', schema: { type: 'string' } },
  { name: 'to', in: 'query', description: 'Published on or before (ISO date prefix)', schema: { type: 'string' } },
  { name: 'facets', in: 'query', description: '1 adds facet counts over all kept matches (the best 2,000 at most)', schema: { enum: ['0', '1'] } },
];
const counts = { type: 'object', additionalProperties: { type: 'integer' } };
const facetSummary = {
  type: 'object',
  properties: {
    counts: { type: 'object', properties: { outlet: counts, type: counts, eventType: counts, published: counts } },
    entities: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, count: { type: 'integer' } } } },
    undated: { type: 'integer' }, counted: { type: 'integer' }, capped: { type: 'boolean' }, cap: { type: 'integer' },
  },
};
const textQuery = (required: boolean) => ({
  name: 'q', in: 'query', required, schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
});

const stringParam = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string' } });
const clusterRef = { type: 'object', description: 'The resolved entity this party belongs to', properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } } };
const entityRef = { oneOf: [{ type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, cluster: clusterRef } }, { type: 'null' }] };

const page = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: ref(item) },
    total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' },
  },
});

const schemas = {
  Error: {
    type: 'object', required: ['error'],
    properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
  },
  DocumentSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' }, title: nullableString, publication: nullableString, published: nullableString,
      source: { type: 'string' }, ingestedAt: { type: 'string' }, entityCount: { type: 'integer' },
    },
  },
  StoredDocument: {
    type: 'object',
    properties: {
      id: { type: 'string' }, source: { type: 'string' }, format: { type: 'string' }, title: nullableString,
      publication: nullableString, volume: { type: ['integer', 'null'] }, issue: { type: ['integer', 'null'] },
      published: nullableString, url: nullableString, text: { type: 'string' }, contentHash: { type: 'string' },
      ingestedAt: { type: 'string' },
    },
  },
  ExtractionRecord: {
    type: 'object',
    description: 'lantern.extraction/1, as specified in spec/extraction-v1.md',
    properties: { schema: { const: 'lantern.extraction/1' } },
  },
  SearchHit: {
    type: 'object',
    properties: {
      documentId: { type: 'string' }, title: nullableString, publication: nullableString, published: nullableString,
      snippet: { type: 'string', description: 'Text around the match; matches wrapped in « and »' }, score: { type: 'number' },
    },
  },
  EntitySummary: {
    type: 'object',
    properties: {
      id: { type: 'string' }, type: { enum: [...listEntityTypes()] }, name: { type: 'string' },
      aliases: { type: 'array', items: { type: 'string' } }, documentCount: { type: 'integer' }, mentionCount: { type: 'integer' },
    },
  },
  Mention: {
    type: 'object',
    properties: {
      entityId: { type: 'string' }, documentId: { type: 'string' }, text: { type: 'string' }, title: nullableString,
      before: { type: 'string', description: 'Up to 70 characters before the mention, on its line' },
      after: { type: 'string', description: 'Up to 70 characters after the mention, on its line' },
      span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
    },
  },
  Event: {
    type: 'object',
    properties: {
      id: { type: 'string' }, documentId: { type: 'string' }, type: { enum: [...EVENT_TYPES] }, cameo: nullableString,
      date: nullableString, place: entityRef, actors: { type: 'array', items: entityRef }, targets: { type: 'array', items: entityRef },
      quantity: { type: ['integer', 'null'] }, summary: { type: 'string' }, text: { type: 'string' },
      span: { type: 'array', items: { type: 'integer' } }, sources: { type: 'array', items: { type: 'string' } },
    },
  },
  Transfer: {
    type: 'object',
    properties: {
      id: { type: 'string' }, documentId: { type: 'string' }, supplier: entityRef, recipient: entityRef,
      items: { type: 'array', items: { type: 'object', properties: { item: { type: 'string' }, quantity: { type: ['number', 'null'] } } } },
      value: { type: ['object', 'null'], properties: { value: { type: 'number' }, currency: { type: 'string' } } },
      status: { enum: [...TRANSFER_STATUSES] }, date: nullableString, place: entityRef, text: { type: 'string' },
      span: { type: 'array', items: { type: 'integer' } }, sources: { type: 'array', items: { type: 'string' } },
    },
  },
};

const paths = {
  '/api/health': {
    get: { summary: 'Liveness and document count', responses: { '200': json({ type: 'object', properties: { status: { const: 'ok' }, documents: { type: 'integer' } } }, 'Healthy'), ...errors } },
  },
  '/api/documents': {
    get: { summary: 'Stored documents, newest first', parameters: pageParams, responses: { '200': json(page('DocumentSummary'), 'A page of documents'), ...errors } },
  },
  '/api/documents/{id}': {
    get: {
      summary: 'One document with its extraction record', parameters: [idParam],
      responses: {
        '200': json({ type: 'object', properties: { document: ref('StoredDocument'), record: { oneOf: [ref('ExtractionRecord'), { type: 'null' }] } } }, 'The document'),
        ...notFound, ...errors,
      },
    },
  },
  '/api/search': {
    get: {
      summary: 'Full-text search with snippets; facet parameters narrow the matches before paging',
      parameters: [textQuery(true), ...pageParams, ...searchFacetParams],
      responses: { '200': json({ allOf: [page('SearchHit'), { type: 'object', properties: { query: { type: 'string' }, facets: facetSummary } }] }, 'A page of hits'), ...errors },
    },
  },
  '/api/entities': {
    get: {
      summary: 'Canonical entities, filtered by name and type',
      parameters: [textQuery(false), { name: 'type', in: 'query', schema: { enum: [...listEntityTypes()] } }, ...pageParams],
      responses: { '200': json(page('EntitySummary'), 'A page of entities'), ...errors },
    },
  },
  '/api/entities/{id}': {
    get: {
      summary: 'One entity with a page of its mentions, its documents, roles over time and relations', parameters: [idParam, ...pageParams],
      responses: { '200': json({ type: 'object', properties: { entity: ref('EntitySummary'), documents: { type: 'array', items: { type: 'string' } }, roles: entityRoles, relations: entityRelations,
        relationsFrom: { type: 'object', description: 'How many of the entity\'s documents (the most recent, at most 2,000) roles and relations were read from', properties: { documents: { type: 'integer' }, of: { type: 'integer' } } },
        mentions: page('Mention') } }, 'The entity'), ...notFound, ...errors },
    },
    patch: entityPatch,
  },
  ...entityGraphPaths,
  '/api/events': {
    get: {
      summary: 'Events across documents',
      parameters: [
        { name: 'type', in: 'query', schema: { enum: [...EVENT_TYPES] } },
        { name: 'from', in: 'query', description: 'ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD', schema: { type: 'string' } },
        { name: 'to', in: 'query', description: 'ISO date prefix, inclusive', schema: { type: 'string' } },
        stringParam('entity', 'Resolved entity id, any spelling of its name, or a name key; as actor, target or place'), stringParam('document', 'Document id'), ...pageParams,
      ],
      responses: { '200': json(page('Event'), 'A page of events'), ...errors },
    },
  },
  '/api/transfers': {
    get: {
      summary: 'Transfers of equipment and money (the ledger)',
      parameters: [
        stringParam('supplier', 'Resolved entity id, any spelling of its name, or a name key'), stringParam('recipient', 'Resolved entity id, any spelling of its name, or a name key'),
        stringParam('item', 'Case-insensitive substring of an item name'), { name: 'status', in: 'query', schema: { enum: [...TRANSFER_STATUSES] } },
        stringParam('document', 'Document id'), ...pageParams,
      ],
      responses: { '200': json(page('Transfer'), 'A page of transfers, with `totals` (bySupplier, byRecipient, byItem: id, key, transfers, units, values per currency; parties grouped by resolved entity) over every matching transfer'), ...errors },
    },
  },
  ...authPaths,
  ...workbenchPaths,
  ...exportPaths,
  ...alertPaths,
  ...feedPaths,
  ...watchlistPaths,
  ...referencePaths,
  '/api/openapi.json': {
    get: { summary: 'This document', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1 document') } },
  },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Lantern API', version: '0.1.0', description: 'Documents, search and entities extracted from security-sector reporting.' },
  paths,
  components: { schemas },
} as const;
