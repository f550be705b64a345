// The extraction pipeline, in order: every step reads what the earlier ones found. This list is the
// one place the order is written; src/extract/steps/ is numbered to read the same way.
import type { ExtractContext } from './context.ts';
import type { PipelineState } from './state.ts';
import { tokenizeStep } from './steps/01-tokens.ts';
import { extractDatesStep } from './steps/02-dates.ts';
import { extractCitationsStep } from './steps/03-citations.ts';
import { extractMoneyStep } from './steps/04-money.ts';
import { extractEquipmentStep } from './steps/05-equipment.ts';
import { extractQuantitiesStep } from './steps/06-quantities.ts';
import { extractNamesStep } from './steps/07-names.ts';
import { extractUnitsStep } from './steps/08-units.ts';
import { mergeEntitiesStep } from './steps/09-merge.ts';
import { extractQuotesStep } from './steps/10-quotes.ts';

export interface Step { name: string; run: (ctx: ExtractContext, state: PipelineState) => void }

/** Steps before transfers/events (step 11, run by index.ts on the finished context). */
export const STEPS: readonly Step[] = [
  { name: 'tokens', run: tokenizeStep },
  { name: 'dates', run: extractDatesStep },
  { name: 'citations', run: extractCitationsStep },
  { name: 'money', run: extractMoneyStep },
  { name: 'equipment', run: extractEquipmentStep },
  { name: 'quantities', run: extractQuantitiesStep },
  { name: 'names', run: extractNamesStep },
  { name: 'units', run: extractUnitsStep },
  { name: 'merge', run: mergeEntitiesStep },
  { name: 'quotes', run: extractQuotesStep },
];
