// Step 6: quantities of items: "17,000 pistols", "27 Humvee mobile vehicles", and the listing form
// "riot shields (2,080)". Each is tied to the equipment mention it counts (linked to ids at merge).
import type { ExtractContext } from '../context.ts';
import type { Mention, PipelineState } from '../state.ts';

const NUMBER_BEFORE = /(?:^|[^\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+$/;
const NUMBER_AFTER = /^\s*\((\d{1,3}(?:,\d{3})+|\d+)\)/;
const YEARLIKE = /^(?:1[89]|20)\d{2}$/;

function countFor(text: string, m: Mention): { value: number; start: number; end: number } | null {
  const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (before && !YEARLIKE.test(before[1]!)) {
    const start = m.start - before[0].length + before[0].indexOf(before[1]!);
    return { value: Number(before[1]!.replace(/,/g, '')), start, end: m.end };
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
