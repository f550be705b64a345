// Builds data/ner/clusters.tsv.gz (npm run build:clusters): distributional word clusters from
// unlabelled text (BBC news + the raw words of eng.train/eng.testa, never eng.testb).
// Words are described by PPMI-weighted left/right neighbours, randomly projected, and grouped by
// spherical k-means at three granularities (fine clusters, then clusters of their centroids).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { conllDir, option, readSplit, REPO_ROOT } from './conll-data.ts';
import { CLUSTER_FILE } from './ner-resources.ts';
import { kmeans, projectContexts, seededRandom } from './cluster-math.ts';

const MIN_COUNT = 3;
const CONTEXT_WORDS = 1500;
const SIZES = [512, 96, 24] as const;

function bbcSentences(dir: string): string[][] {
  const out: string[][] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(resolve(dir, topic.name)).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(resolve(dir, topic.name, file), 'latin1');
      for (const line of text.split(/\n+/)) {
        const tokens = line.match(/(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:[.\-&][A-Za-z0-9]+)*|'[a-z]+|[^\sA-Za-z0-9]/g);
        if (tokens) out.push(tokens);
      }
    }
  }
  return out;
}

const bbcDir = resolve(REPO_ROOT, option('bbc') ?? '../shared/data/news/bbc');
const conll = ['eng.train', 'eng.testa'] as const;
const sentences = [
  ...bbcSentences(bbcDir),
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
writeFileSync(CLUSTER_FILE, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${CLUSTER_FILE} (${lines.length} words)`);
