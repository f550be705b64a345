// Side lists of money amounts, citations (with the claim each supports, filterable by source) and quotes.
import { useState } from 'preact/hooks';
import type { ExtractionRecord, Span } from '../api/types.ts';
import { formatDate, formatMoney } from '../shell/format.ts';
import { PassageButton, type PassageControl } from './PassageButton.tsx';

const excerpt = (text: string, [s, e]: Span, max = 160) => {
  const t = text.slice(s, e).trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export function FactsPanel({ record, control }: { record: ExtractionRecord; control: PassageControl }) {
  const text = record.document.text;
  const nameOf = (id: string | null) => (id ? record.entities.find((e) => e.id === id)?.name ?? null : null);
  const [source, setSource] = useState('');
  const sources = [...new Set(record.citations.map((c) => c.source))].sort();
  const citations = source ? record.citations.filter((c) => c.source === source) : record.citations;
  return (
    <>
      {record.amounts.length > 0 && (
        <section class="panel" aria-labelledby="amounts-heading">
          <h2 id="amounts-heading" class="panel-title">Amounts <span class="count">{record.amounts.length}</span></h2>
          <ul class="fact-list">
            {record.amounts.map((a, i) => (
              <li key={i} class="fact">
                <p class="fact-head"><strong>{a.text}</strong>{a.usd !== null && a.currency !== 'USD' && <span class="fact-meta">≈ {formatMoney(a.usd, 'USD')}</span>}</p>
                {a.subject && <p class="fact-meta">{a.subject}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.citations.length > 0 && (
        <section class="panel" aria-labelledby="citations-heading">
          <h2 id="citations-heading" class="panel-title">Citations <span class="count">{record.citations.length}</span></h2>
          {sources.length > 1 && (
            <p class="fact-meta">
              <label for="citing">Show only claims citing </label>
              <select id="citing" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
                <option value="">any source</option>
                {sources.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            </p>
          )}
          <ul class="fact-list">
            {citations.map((c) => (
              <li key={c.id} class="fact">
                <p class="fact-head"><strong>{c.source}</strong><span class="fact-date">{c.dates.map(formatDate).join(', ')}</span></p>
                <p class="claim">{excerpt(text, c.claim)}</p>
                <PassageButton span={[c.claim[0], c.span[1]]} control={control} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.quotes.length > 0 && (
        <section class="panel" aria-labelledby="quotes-heading">
          <h2 id="quotes-heading" class="panel-title">Quotes <span class="count">{record.quotes.length}</span></h2>
          <ul class="fact-list">
            {record.quotes.map((q, i) => (
              <li key={i} class="fact">
                <blockquote>{excerpt(text, q.span, 220)}</blockquote>
                <p class="fact-meta">— {nameOf(q.speaker) ?? 'unattributed'}</p>
                <PassageButton span={q.span} control={control} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
