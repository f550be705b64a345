// Cross-document entity resolution: a pure library the app layer calls after extraction.
// createResolver() -> addRecord(record) per document; corrections are data re-applied each time.

export { createResolver, type Resolver } from './resolver.ts';
export { findCluster, type ClusterSource } from './find-cluster.ts';
export { applyCorrections, refMatches, validateCorrection, type CorrectedView } from './corrections.ts';
export { membersOf } from './within-document.ts';
export { foldName, stripTitles, transliterationKey } from './normalize.ts';
export { countryOfName, countryOfWord, dominantCountry } from './countries.ts';
export { roleTimelines, type RoleSpell } from './timelines.ts';
export { bcubed, type BCubedScore } from './bcubed.ts';
export type * from './types.ts';
