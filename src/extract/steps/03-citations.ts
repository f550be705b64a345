// Step 3: source citations "(Interfax, July 1, 4)", "(Kazakh TV First Channel, October 6)",
// "(Interfax, June 30; Kazinform, July 1)". The span is the parenthesis, the claim is the text it
// supports (from the previous citation or the paragraph start); each source becomes a media mention.
import type { ExtractContext } from '../context.ts';
import type { Citation } from '../../model/index.ts';
import type { PipelineState } from '../state.ts';
import { MONTH_RE, isoDate, monthNumber, yearOf } from '../calendar.ts';

const PAREN = /\(([^()\n]{4,160})\)/g;
// A source starts with a capital, a digit or is a web address ("www.gazeta.kz", "ferghana.ru").
const PART = new RegExp(`^\\s*(?:see\\s+|cf\\.\\s+)?((?:[\\p{Lu}\\d]|[a-z][\\w-]*\\.[\\w.-]*[a-z]{2}\\b)[^,;]{0,60}?)\\s*,\\s*((?:${MONTH_RE}|\\d{1,4})[^;]*)$`, 'u');
const MONTH_START = new RegExp(`^(${MONTH_RE})\\s*(\\d{1,2})?$`);

/** Dates of a citation date list: "July 1, 4" -> [07-01, 07-04]; "June 30, July 1, 2005". */
export function parseDateList(list: string, year: number | null): string[] | null {
  const items = list.split(/\s*[,–-]\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
  const parts: { month: number; day: number | null }[] = [];
  let month: number | null = null;
  let explicitYear: number | null = null;
  for (const item of items) {
    const m = MONTH_START.exec(item);
    if (m) { month = monthNumber(m[1]!); parts.push({ month: month!, day: m[2] ? Number(m[2]) : null }); continue; }
    if (/^\d{4}$/.test(item)) { explicitYear = Number(item); continue; }
    if (/^\d{1,2}$/.test(item) && month !== null) { parts.push({ month, day: Number(item) }); continue; }
    return null; // not a date list: "(see Table 2, below)"
  }
  if (!parts.length) return explicitYear !== null ? [String(explicitYear)] : null;
  const dates = parts.map((p) => isoDate(explicitYear ?? year, p.month, p.day));
  return dates.every((d) => d !== null) ? (dates as string[]) : null;
}

function claimStart(text: string, before: number, previousEnd: number): number {
  const paragraph = text.lastIndexOf('\n', before - 1) + 1;
  let start = Math.max(paragraph, previousEnd);
  while (start < before && /\s|[.;,]/.test(text[start]!)) start++;
  return start;
}

export function extractCitationsStep(ctx: ExtractContext, state: PipelineState): void {
  const year = yearOf(ctx.document.published);
  let previousEnd = 0;
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(ctx.text); m; m = PAREN.exec(ctx.text)) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    let offset = m.index + 1;
    let current: Citation | null = null;
    for (const part of m[1]!.split(';')) {
      const p = PART.exec(part);
      const dates = p ? parseDateList(p[2]!, year) : null;
      if (p && dates) {
        const source = p[1]!.trim();
        const sourceStart = offset + part.indexOf(source);
        let end = span[0];
        while (end > 0 && /\s/.test(ctx.text[end - 1]!)) end--;
        current = { id: `c${ctx.citations.length + 1}`, source, dates, span, claim: [claimStart(ctx.text, span[0], previousEnd), end] };
        ctx.citations.push(current);
        state.mentions.push({ start: sourceStart, end: sourceStart + source.length, type: 'media', name: source, confidence: 0.95 });
      } else if (current) {
        // "(Interfax, December 28, 2005; January 3)": more dates of the same source.
        current.dates.push(...(parseDateList(part.trim(), year) ?? []));
      }
      offset += part.length + 1;
    }
    if (ctx.citations.at(-1)?.span[0] === span[0]) previousEnd = span[1];
  }
}
