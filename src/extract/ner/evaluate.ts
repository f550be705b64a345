// conlleval-style exact-span scoring: per entity type and overall precision, recall and F1.

import { ENTITY_TYPES, type LabelledSpan } from './labels.ts';

export interface TypeScore { type: string; gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number }

export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /** Adds one sentence's gold and predicted spans. */
  add(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[]): void {
    const key = (s: LabelledSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) this.bump(s.type, 'gold');
    for (const s of predicted) {
      this.bump(s.type, 'predicted');
      if (goldKeys.has(key(s))) this.bump(s.type, 'correct');
    }
  }

  private bump(type: string, field: 'gold' | 'predicted' | 'correct'): void {
    const c = this.counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    c[field]++;
    this.counts.set(type, c);
  }

  /** Scores per type (PER, LOC, ORG, MISC) followed by the overall micro-average. */
  scores(): TypeScore[] {
    const total = { gold: 0, predicted: 0, correct: 0 };
    const rows = ENTITY_TYPES.map((type) => {
      const c = this.counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
      total.gold += c.gold; total.predicted += c.predicted; total.correct += c.correct;
      return score(type, c);
    });
    return [...rows, score('overall', total)];
  }

  overallF1(): number { return (this.scores().at(-1) as TypeScore).f1; }
}

function score(type: string, c: { gold: number; predicted: number; correct: number }): TypeScore {
  const precision = c.predicted > 0 ? c.correct / c.predicted : 0;
  const recall = c.gold > 0 ? c.correct / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, ...c, precision, recall, f1 };
}

/** conlleval-like table lines for a list of scores. */
export function formatScores(scores: readonly TypeScore[]): string[] {
  return scores.map((s) => `${s.type.padEnd(8)} precision ${(100 * s.precision).toFixed(2).padStart(6)}%  recall ${(100 * s.recall).toFixed(2).padStart(6)}%  F1 ${(100 * s.f1).toFixed(2).padStart(6)}  (gold ${s.gold}, found ${s.predicted}, correct ${s.correct})`);
}
