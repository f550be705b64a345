// Side lists of the record's transfers and events, shown only when the record has them.
import type { ExtractionRecord } from '../api/types.ts';
import { formatDate, formatMoney } from '../shell/format.ts';
import { PassageButton, type PassageControl } from './PassageButton.tsx';

export function LedgerPanel({ record, control }: { record: ExtractionRecord; control: PassageControl }) {
  const nameOf = (id: string | null) => (id ? record.entities.find((e) => e.id === id)?.name ?? id : null);
  return (
    <>
      {record.transfers.length > 0 && (
        <section class="panel" aria-labelledby="transfers-heading">
          <h2 id="transfers-heading" class="panel-title">Transfers <span class="count">{record.transfers.length}</span></h2>
          <ul class="fact-list">
            {record.transfers.map((t, i) => (
              <li key={t.id ?? i} class="fact">
                <p class="fact-head">
                  <span>{nameOf(t.supplier) ?? 'Unknown supplier'}</span>
                  <span class="arrow" aria-label="to">→</span>
                  <span>{nameOf(t.recipient) ?? 'unknown recipient'}</span>
                  <span class={`badge status-${t.status}`}>{t.status}</span>
                </p>
                <ul class="items">
                  {t.items.map((item, j) => (
                    <li key={j}><span class="qty">{item.quantity?.toLocaleString('en-US') ?? '?'}</span> {item.item}</li>
                  ))}
                </ul>
                {(t.value || t.date) && (
                  <p class="fact-meta">{[t.value && formatMoney(t.value.value, t.value.currency), formatDate(t.date)].filter(Boolean).join(' · ')}</p>
                )}
                <PassageButton span={t.span} control={control} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.events.length > 0 && (
        <section class="panel" aria-labelledby="events-heading">
          <h2 id="events-heading" class="panel-title">Events <span class="count">{record.events.length}</span></h2>
          <ul class="fact-list">
            {record.events.map((e) => (
              <li key={e.id} class="fact">
                <p class="fact-head">
                  <span class="badge">{e.type.replaceAll('_', ' ')}</span>
                  <span class="fact-date">{formatDate(e.date) || 'undated'}</span>
                </p>
                <p>{e.summary}</p>
                {nameOf(e.place) && <p class="fact-meta">at {nameOf(e.place)}</p>}
                <PassageButton span={e.span} control={control} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
