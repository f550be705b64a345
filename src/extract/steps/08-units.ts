// Step 8: numbered military units and bodies the capitalised-chunk step cannot see:
// "military unit No. 6656 of the Interior Ministry Troops" -> organization "military unit No. 6656"
// whose parent is "Interior Ministry Troops".
import type { ExtractContext } from '../context.ts';
import type { PipelineState } from '../state.ts';
import { overlaps } from '../state.ts';

const UNIT = /\b((?:military|army|border|police|naval|air|special|internal|troop)\s+)?(unit|brigade|regiment|battalion|division|detachment|base|garrison)\s+(?:No\.\s*|number\s+|#\s*)(\d+[A-Za-z]?)/gi;
const OF_PARENT = /^\s+(?:of|from|under)\s+(?:the\s+)?/;

export function extractUnitsStep(ctx: ExtractContext, state: PipelineState): void {
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(ctx.text); m; m = UNIT.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = m[0].charAt(0).toLowerCase() + m[0].slice(1);
    const after = OF_PARENT.exec(ctx.text.slice(end, end + 12));
    let parentName: string | undefined;
    if (after) {
      const from = end + after[0].length;
      const parent = state.mentions.find((p) => p.start === from && (p.type === 'organization' || p.type === 'group'));
      parentName = parent?.name;
    }
    // A numbered unit replaces any chunk mention inside it ("No" is not a name).
    state.mentions = state.mentions.filter((p) => !overlaps(p.start, p.end, start, end));
    state.mentions.push({ start, end, type: 'organization', name, confidence: 0.9, ...(parentName ? { parentName } : {}) });
  }
}
