// Numeric parts of build-clusters: PPMI context vectors of words, random projection to a few
// dense dimensions, and seeded spherical k-means.


/** Rows of `dims` floats, unit length (zero rows stay zero). */
export interface Matrix { rows: number; dims: number; data: Float32Array }

function normaliseRows(m: Matrix): void {
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    for (let d = 0; d < m.dims; d++) s += (m.data[r * m.dims + d] as number) ** 2;
    const n = Math.sqrt(s) || 1;
    for (let d = 0; d < m.dims; d++) m.data[r * m.dims + d] = (m.data[r * m.dims + d] as number) / n;
  }
}

interface ContextInput { sentences: string[][]; vocab: string[]; contexts: string[]; dims: number; random: () => number }

/** PPMI of (word, left/right lowercased neighbour) counts, projected by a random ±1 matrix. */
export function projectContexts(input: ContextInput): Matrix {
  const { sentences, vocab, contexts, dims, random } = input;
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  const ctxId = new Map(contexts.map((w, i) => [w, i]));
  const C = 2 * contexts.length;
  const pair = new Map<number, number>();
  const wordTotal = new Float64Array(vocab.length);
  const ctxTotal = new Float64Array(C);
  let total = 0;
  for (const s of sentences) {
    s.forEach((w, i) => {
      const id = wordId.get(w);
      if (id === undefined) return;
      for (const [offset, side] of [[-1, 0], [1, 1]] as const) {
        const c = ctxId.get((s[i + offset] ?? '<s>').toLowerCase());
        if (c === undefined) continue;
        const key = id * C + side * contexts.length + c;
        pair.set(key, (pair.get(key) ?? 0) + 1);
        wordTotal[id] = (wordTotal[id] as number) + 1;
        ctxTotal[side * contexts.length + c] = (ctxTotal[side * contexts.length + c] as number) + 1;
        total++;
      }
    });
  }
  const projection = new Float32Array(C * dims).map(() => (random() < 0.5 ? -1 : 1));
  const out: Matrix = { rows: vocab.length, dims, data: new Float32Array(vocab.length * dims) };
  for (const [key, n] of pair) {
    const w = Math.floor(key / C), c = key % C;
    const pmi = Math.log((n * total) / ((wordTotal[w] as number) * (ctxTotal[c] as number)));
    if (pmi <= 0) continue;
    for (let d = 0; d < dims; d++) out.data[w * dims + d] = (out.data[w * dims + d] as number) + pmi * (projection[c * dims + d] as number);
  }
  normaliseRows(out);
  return out;
}

/** Spherical k-means (cosine) with seeded initial centroids drawn from the rows. */
export function kmeans(m: Matrix, k: number, random: () => number, iterations = 12): { assignment: Int32Array; centroids: Matrix } {
  const { dims, data } = m;
  const centroids: Matrix = { rows: k, dims, data: new Float32Array(k * dims) };
  for (let c = 0; c < k; c++) {
    const r = Math.floor(random() * m.rows);
    centroids.data.set(data.subarray(r * dims, (r + 1) * dims), c * dims);
  }
  const assignment = new Int32Array(m.rows);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < m.rows; r++) {
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < dims; d++) s += (data[r * dims + d] as number) * (centroids.data[c * dims + d] as number);
        if (s > bestSim) { bestSim = s; best = c; }
      }
      assignment[r] = best;
    }
    centroids.data.fill(0);
    for (let r = 0; r < m.rows; r++) {
      const c = assignment[r] as number;
      for (let d = 0; d < dims; d++) centroids.data[c * dims + d] = (centroids.data[c * dims + d] as number) + (data[r * dims + d] as number);
    }
    normaliseRows(centroids);
  }
  return { assignment, centroids };
}
