// Shared types and errors: the only module every layer may import.
export * from './extraction.ts';
export * from './document.ts';
export * from './store.ts';
export * from './errors.ts';
export { memoizeString } from './memoize-string.ts';
