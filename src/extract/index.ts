// Extraction entry point: text -> extraction-v1 record (../shared/spec/extraction-v1.md). Runs the
// steps of pipeline.ts, then transfers/events; a failing step becomes a warning, never an exception.
import { EXTRACTION_SCHEMA, type ExtractionRecord, type Event, type Transfer } from '../model/index.ts';
import type { ExtractContext } from './context.ts';
import type { PipelineState } from './state.ts';
import { STEPS } from './pipeline.ts';
import { extractEventsStep } from './steps/11-events.ts';

export const EXTRACTOR_VERSION = 'lantern-extract/0.1.0';

export interface ExtractInput {
  id: string; text: string;
  title?: string | null; publication?: string | null; volume?: number | null; issue?: number | null;
  /** ISO date of any precision, or null. */
  published?: string | null;
}

function newContext(input: ExtractInput): ExtractContext {
  const text = typeof input.text === 'string' ? input.text : '';
  return {
    text,
    document: { id: input.id, title: input.title ?? null, publication: input.publication ?? null, volume: input.volume ?? null,
      issue: input.issue ?? null, published: input.published ?? null, text },
    sentences: [], entities: [], amounts: [], quantities: [], dates: [], citations: [], quotes: [], warnings: [],
  };
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Extracts everything Lantern knows how to find in one cleaned document. Never throws on odd text. */
export function extractRecord(input: ExtractInput): ExtractionRecord {
  const ctx = newContext(input);
  const state: PipelineState = { mentions: [], entityOf: new Map() };
  for (const step of STEPS) {
    try { step.run(ctx, state); } catch (e) { ctx.warnings.push(`step ${step.name} failed: ${describe(e)}`); }
  }
  let transfers: Transfer[] = [];
  let events: Event[] = [];
  try { ({ transfers, events } = extractEventsStep(ctx)); } catch (e) { ctx.warnings.push(`step events failed: ${describe(e)}`); }
  return {
    schema: EXTRACTION_SCHEMA, document: ctx.document, entities: ctx.entities, amounts: ctx.amounts, transfers, events,
    citations: ctx.citations, quotes: ctx.quotes, dates: ctx.dates, quantities: ctx.quantities, warnings: ctx.warnings,
    extractor: EXTRACTOR_VERSION,
  };
}
