// Step 8: numbered military units and bodies the capitalised-chunk step cannot see:
// "military unit No. 6656 of the Interior Ministry Troops" -> organization "military unit No. 6656"
// whose parent is "Interior Ministry Troops".
import type { ExtractContext } from '../context.ts';
import type { PipelineState } from '../state.ts';
import { overlaps } from '../state.ts';

const UNIT = /\b((?:military|army|border|police|naval|air|special|internal|troop)\s+)?(unit|brigade|regiment|battalion|division|detachment|base|garrison)\s+(?:No\.\s*|number\s+|#\s*)(\d+[A-Za-z]?)/gi;
const ORDINAL = /\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Brigade|Division|Regiment|Battalion|Army|Corps|Fleet|Squadron|Detachment|Flotilla|Base)\b/g;
const OF_PARENT = /^\s+(?:of|from|under)\s+(?:the\s+)?/;

/** Numbered units: "military unit No. 6656" and ordinals like "201st Motorized Rifle Division". */
function* unitMatches(text: string): Generator<{ start: number; end: number; name: string }> {
  for (const re of [UNIT, ORDINAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = re === UNIT ? m[0].charAt(0).toLowerCase() + m[0].slice(1) : m[0];
      yield { start: m.index, end: m.index + m[0].length, name };
    }
  }
}

export function extractUnitsStep(ctx: ExtractContext, state: PipelineState): void {
  for (const { start, end, name } of unitMatches(ctx.text)) {
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
