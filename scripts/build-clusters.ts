// Builds src/extract/ner/lexicon/clusters.tsv.gz (npm run build:clusters): distributional word clusters from
// unlabelled text (scripts/cluster-corpus.ts: BBC, India police events, MUC dev/tst1/tst2, ACLED notes,
// re3d development folders; plus the raw words of eng.train; never eng.testa, which selects the
// model, nor eng.testb). Options: --shared DIR, --out PATH (default: the committed cluster file).
// Words are described by PPMI-weighted left/right neighbours, randomly projected, and grouped by
// spherical k-means at three granularities (fine clusters, then clusters of their centroids).

import './script-help.ts';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { conllDir, option, readSplit, REPO_ROOT } from './conll-data.ts';
import { CLUSTER_FILE } from './ner-resources.ts';
import { kmeans, projectContexts } from './cluster-math.ts';
import { seededRandom } from '../src/extract/ner/seeded-random.ts';
import { clusterCorpus } from './cluster-corpus.ts';

const MIN_COUNT = 3;
const CONTEXT_WORDS = 1500;
const SIZES = [512, 96, 24] as const;

const shared = resolve(REPO_ROOT, option('shared') ?? '../shared/data');
const conll = ['eng.train'] as const;
const corpus = clusterCorpus(shared);
for (const part of corpus) console.log(`${part.name}: ${part.sentences.length} sentences`);
const sentences = [
  ...corpus.flatMap((part) => part.sentences),
  ...conll.flatMap((name) => readSplit(conllDir(), name).flatMap((doc) => doc.map((s) => s.tokens))),
];
const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const lowerCounts = new Map<string, number>();
for (const [w, c] of counts) lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + c);
const contexts = [...lowerCounts].sort((a, b) => b[1] - a[1]).slice(0, CONTEXT_WORDS).map(([w]) => w);
console.log(`${sentences.length} sentences, ${vocab.length} words with count >= ${MIN_COUNT}`);

const random = seededRandom(7);
const vectors = projectContexts({ sentences, vocab, contexts, dims: 96, random });
const fine = kmeans(vectors, SIZES[0], random);
const medium = kmeans(fine.centroids, SIZES[1], random);
const coarse = kmeans(medium.centroids, SIZES[2], random);
const lines = vocab.map((w, i) => {
  const f = fine.assignment[i] as number;
  const m = medium.assignment[f] as number;
  return `${w}\t${f}\t${m}\t${coarse.assignment[m] as number}`;
});
const out = option('out') ?? CLUSTER_FILE;
writeFileSync(out, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${out} (${lines.length} words)`);
