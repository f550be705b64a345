// PostgreSQL store: page bounds. The same defaults and cap as the SQLite store, so a client pages
// alike whichever backend serves it.

export { DEFAULT_LIMIT, MAX_LIMIT, pageBounds } from '../sqlite/paging.ts';
