// OpenAPI entries for the login, users and audit routes; openapi.ts spreads them into its paths.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const denied = {
  '401': json(ref('Error'), 'Not logged in'),
  '403': json(ref('Error'), 'Role too low, or a cross-site request'),
};
const user = { type: 'object', properties: { name: { type: 'string' }, role: { enum: ['viewer', 'analyst', 'admin'] }, createdAt: { type: 'string' } } };
const body = (properties: Record<string, object>) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required: Object.keys(properties), properties } } },
});
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];

export const authPaths = {
  '/api/login': {
    post: {
      summary: 'Log in: sets an HttpOnly session cookie and a CSRF cookie; send the CSRF token back as X-CSRF-Token on unsafe requests',
      requestBody: body({ name: { type: 'string' }, password: { type: 'string' } }),
      responses: { '200': json({ type: 'object', properties: { user, csrfToken: { type: 'string' }, expiresAt: { type: 'string' } } }, 'Logged in'), ...denied },
    },
  },
  '/api/logout': { post: { summary: 'End the session', responses: { '204': { description: 'Logged out' } } } },
  '/api/me': {
    get: { summary: 'The calling user; singleUser is true when no accounts exist', responses: { '200': json({ type: 'object', properties: { user, singleUser: { type: 'boolean' } } }, 'Who is calling'), ...denied } },
  },
  '/api/users': {
    get: { summary: 'Local accounts (admin)', responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: user } } }, 'Users'), ...denied } },
    post: {
      summary: 'Add an account (admin)',
      requestBody: body({ name: { type: 'string' }, role: { enum: ['viewer', 'analyst', 'admin'] }, password: { type: 'string', minLength: 8 } }),
      responses: { '201': json(user, 'Created'), '409': json(ref('Error'), 'Name taken'), ...denied },
    },
  },
  '/api/users/{name}': {
    delete: {
      summary: 'Remove an account (admin)',
      parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '204': { description: 'Removed' }, '404': json(ref('Error'), 'No such user'), ...denied },
    },
  },
  '/api/audit': {
    get: {
      summary: 'Audit log of ingests, corrections, merges and user changes, newest first (admin)',
      parameters: page,
      responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' } } }, 'A page of audit entries'), ...denied },
    },
  },
};
