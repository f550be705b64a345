// Step 5: equipment mentions from the equipment gazetteer ("pistols", "riot shields", "Humvee", "T-72").
// Adjacent matches form one item ("Humvee" + "mobile vehicles"); the entity name is the singular term.
import type { ExtractContext } from '../context.ts';
import type { PipelineState } from '../state.ts';
import { matchEquipment } from '../lexicon/equipment.ts';
import { countValue } from '../numbers.ts';

export function extractEquipmentStep(ctx: ExtractContext, state: PipelineState): void {
  for (const sentence of ctx.sentences) {
    const matches = matchEquipment(sentence.tokens);
    for (let k = 0; k < matches.length; k++) {
      const first = matches[k]!;
      let last = first;
      // "Humvee mobile vehicles": a designation or name followed directly by a generic term.
      while (matches[k + 1] && matches[k + 1]!.start === last.end + 1) last = matches[++k]!;
      // "200 Cobra armored vehicles": a model name between a count and a generic item belongs to the item.
      const model = sentence.tokens[first.start - 1];
      const count = sentence.tokens[first.start - 2];
      const named = !!model && !!count && /^\p{Lu}[\p{L}\d-]*$/u.test(model.text) && countValue(count.text) !== null;
      const start = named ? model.start : sentence.tokens[first.start]!.start;
      const end = sentence.tokens[last.end]!.end;
      state.mentions.push({ start, end, type: 'equipment', name: named ? `${model.text} ${first.term}` : first.term, confidence: 0.9 });
    }
  }
}
