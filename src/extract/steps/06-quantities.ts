// Step 6: quantities of items: "17,000 pistols", "27 Humvee mobile vehicles", and the listing form
// "riot shields (2,080)". Each is tied to the equipment mention it counts (linked to ids at merge).
import type { ExtractContext } from '../context.ts';
import type { Mention, PipelineState } from '../state.ts';
import { COUNT_RE, countValue } from '../numbers.ts';

// A count right before the item, in digits or words; never the tail of a designation ("Mi-8").
const NUMBER_BEFORE = new RegExp(`(?:^|[\\s(])(${COUNT_RE})\\s+$`, 'i');
const NUMBER_AFTER = /^\s*\((\d{1,3}(?:,\d{3})+|\d+)\)/;

function countFor(text: string, m: Mention): { value: number; start: number; end: number } | null {
  const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (before) {
    const start = m.start - before[0].length + before[0].indexOf(before[1]!);
    const value = countValue(before[1]!);
    if (value !== null) return { value, start, end: m.end };
  }
  const after = NUMBER_AFTER.exec(text.slice(m.end, m.end + 24));
  if (after) return { value: Number(after[1]!.replace(/,/g, '')), start: m.start, end: m.end + after[0].length };
  return null;
}

export function extractQuantitiesStep(ctx: ExtractContext, state: PipelineState): void {
  for (const m of state.mentions) {
    if (m.type !== 'equipment') continue;
    const count = countFor(ctx.text, m);
    if (!count || count.value <= 0) continue;
    ctx.quantities.push({ text: ctx.text.slice(count.start, count.end), span: [count.start, count.end], value: count.value,
      item: ctx.text.slice(m.start, m.end), entity: null });
  }
}
