// The review queue: least-confident extractions first, each with its context; accept, reject,
// rename or merge into another entity. Decisions are stored server-side and applied when served.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { EntitySummary } from '../api/types.ts';
import { workbench, type CorrectionRow, type ReviewItem } from '../api/workbench.ts';
import { documentHref, entityHref } from '../router/routes.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';

const LIMIT = 40;

export function ReviewPage() {
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [log, setLog] = useState<CorrectionRow[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const reload = async () => {
    try {
      const [queue, corrections] = await Promise.all([workbench.queue(LIMIT), workbench.corrections()]);
      setItems(queue.items);
      setLog(corrections.items.slice(-8).reverse());
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  };
  useEffect(() => { void reload(); }, []);
  const decide = async (op: CorrectionRow['op'], entity: string, value?: string) => {
    await workbench.correct(op, entity, value);
    await reload();
  };
  return (
    <section class="page" aria-labelledby="review-heading">
      <h1 id="review-heading" class="page-title">Review queue</h1>
      {error && <ErrorMessage error={error} />}
      {!items && !error && <Loading what="the review queue" />}
      {items && <p class="result-count" role="status">{items.length === 0 ? 'Nothing left to review.' : `${items.length} extractions to review, least confident first`}</p>}
      <div class="review-layout">
        <ol class="review-queue">
          {items?.map((item) => <ReviewRow key={`${item.entity}@${item.documentId}`} item={item} decide={decide} />)}
        </ol>
        <aside class="review-log" aria-label="Recent decisions">
          <h2>Recent decisions</h2>
          {log.length === 0 && <p class="muted">None yet.</p>}
          <ul>{log.map((c) => <li key={c.id}><span class="tag">{c.op}</span> {c.entityId}{c.value ? ` → ${c.value}` : ''}</li>)}</ul>
        </aside>
      </div>
    </section>
  );
}

type Decide = (op: CorrectionRow['op'], entity: string, value?: string) => Promise<void>;

function ReviewRow({ item, decide }: { item: ReviewItem; decide: Decide }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'merge'>('idle');
  const [value, setValue] = useState(item.name);
  const [matches, setMatches] = useState<EntitySummary[]>([]);
  const headingId = `rv-${item.entity}-${item.documentId}`.replace(/[^a-z0-9-]/gi, '-');
  const findTargets = async (q: string) => {
    setValue(q);
    setMatches(q.trim().length < 2 ? [] : (await api.entities({ q: q.trim(), type: item.type }, 6, 0)).items.filter((e) => e.id !== item.entity));
  };
  return (
    <li class="review-item" aria-labelledby={headingId}>
      <div class="review-head">
        <h2 id={headingId}><a href={entityHref(item.entity)}>{item.name}</a></h2>
        <span class="tag">{item.type}</span>
        <span class="confidence" title="Extractor confidence">{Math.round(item.confidence * 100)}%</span>
      </div>
      <p class="review-context">…{item.context.before}<mark>{item.context.text}</mark>{item.context.after}…</p>
      <p class="muted"><a href={documentHref(item.documentId, item.context.start)}>{item.documentTitle ?? item.documentId}</a></p>
      <div class="button-row">
        <button type="button" onClick={() => void decide('accept', item.entity)}>Accept</button>
        <button type="button" onClick={() => void decide('reject', item.entity)}>Reject</button>
        <button type="button" aria-expanded={mode === 'rename'} onClick={() => { setMode(mode === 'rename' ? 'idle' : 'rename'); setValue(item.name); }}>Edit name</button>
        <button type="button" aria-expanded={mode === 'merge'} onClick={() => { setMode(mode === 'merge' ? 'idle' : 'merge'); setValue(''); }}>Merge…</button>
      </div>
      {mode === 'rename' && (
        <form class="inline" onSubmit={(e) => { e.preventDefault(); if (value.trim()) void decide('rename', item.entity, value.trim()); }}>
          <label for={`${headingId}-name`}>New name</label>
          <input id={`${headingId}-name`} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          <button type="submit">Save name</button>
        </form>
      )}
      {mode === 'merge' && (
        <div class="stack">
          <label for={`${headingId}-merge`}>Merge into</label>
          <input id={`${headingId}-merge`} value={value} placeholder="Other entity's name…" onInput={(e) => void findTargets(e.currentTarget.value)} />
          <ul class="merge-targets">
            {matches.map((m) => (
              <li key={m.id}><button type="button" onClick={() => void decide('merge', item.entity, m.id)}>Merge into {m.name}</button> <span class="muted">{m.documentCount} docs</span></li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
