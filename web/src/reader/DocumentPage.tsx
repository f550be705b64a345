// The reader: a document's metadata, its text with entities highlighted by type, and side lists
// of what extraction found (entities, amounts, citations, quotes, events, transfers).
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { DocumentWithRecord, EntityType, Span } from '../api/types.ts';
import { focusOnMount } from '../router/use-route.ts';
import { DocumentTitle } from '../shell/DocumentTitle.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { displayTitle, formatCount, publicationLine } from '../shell/format.ts';
import { DocumentText, revealMention, revealPassage } from './DocumentText.tsx';
import { factSpanAt, type PassageControl } from './PassageButton.tsx';
import { EntityLegend } from './EntityLegend.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import { MentionInspector, type Clicked } from './MentionInspector.tsx';
import { FactsPanel } from './FactsPanel.tsx';
import { LedgerPanel } from './LedgerPanel.tsx';

export function DocumentPage({ id, at }: { id: string; at: number | null }) {
  const state = useApi(`document:${id}`, (signal) => api.document(id, signal));
  if (state.status === 'loading') return <section class="page"><Loading what="document" /></section>;
  if (state.status === 'error') {
    return (
      <section class="page narrow">
        <h1 class="page-title">Document {id}</h1>
        <ErrorMessage error={state.error} />
      </section>
    );
  }
  return <Reader data={state.data} at={at} />;
}

function Reader({ data, at }: { data: DocumentWithRecord; at: number | null }) {
  const { document: doc, record } = data;
  const [hidden, setHidden] = useState<ReadonlySet<EntityType>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [passage, setPassage] = useState<Span | null>(null);
  const [clicked, setClicked] = useState<Clicked | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.document.title = `${displayTitle(doc.title, doc.id)} — Lantern`;
    focusOnMount(heading.current);
  }, [doc.id]);
  useEffect(() => {
    // A link may point at a fact (ledger, events pages) or at an entity mention (entity page).
    const fact = at === null || !record ? null : factSpanAt(record, at);
    if (fact) setPassage(fact);
    else if (at !== null) revealMention(at);
  }, [doc.id, at]);
  useEffect(() => {
    if (passage) revealPassage();
  }, [passage]);
  useEffect(() => {
    // Choosing an entity in the side list brings its first mention into view.
    window.document.querySelector('.doc-text mark.ent-selected')?.scrollIntoView({ block: 'center' });
  }, [selected]);

  const toggleType = (type: EntityType) => {
    const next = new Set(hidden);
    if (!next.delete(type)) next.add(type);
    setHidden(next);
  };
  const entities = record?.entities ?? [];
  const control: PassageControl = { passage, onShow: setPassage };
  return (
    <article class="reader" aria-labelledby="doc-title">
      <header class="doc-header">
        <p class="meta">{publicationLine(doc) || 'Unknown publication'}</p>
        <h1 id="doc-title" class="doc-title" tabIndex={-1} ref={heading}><DocumentTitle title={doc.title} id={doc.id} /></h1>
        <p class="meta meta-small">
          <span class="doc-id">{doc.id}</span>
          <span>{doc.source}</span>
          <span>{formatCount(entities.length, 'entity', 'entities')}</span>
          {record?.extractor && <span>extractor {record.extractor}</span>}
        </p>
      </header>
      <div class="reader-grid">
        <div class="reader-main">
          {record ? (
            <EntityLegend entities={entities} amounts={record.amounts.length} hidden={hidden} onToggle={toggleType} />
          ) : (
            <p class="status">This document has no extraction record yet.</p>
          )}
          {/* A click on a highlight opens the inspector; the side list offers the same by keyboard. */}
          <div onClick={(e) => {
            const mark = (e.target as HTMLElement).closest('mark[data-entity]');
            if (!mark) return;
            setClicked({ entity: mark.getAttribute('data-entity') ?? '', at: Number(mark.getAttribute('data-start')) });
            setSelected(mark.getAttribute('data-entity'));
          }}>
            <DocumentText text={doc.text} record={record} hidden={hidden} selected={selected} passage={passage} />
          </div>
        </div>
        {record && (
          <aside class="reader-side" aria-label="Extracted facts">
            {clicked && <MentionInspector record={record} clicked={clicked} onClose={() => setClicked(null)} />}
            <EntityPanel entities={entities} selected={selected} onSelect={setSelected} />
            <LedgerPanel record={record} control={control} />
            <FactsPanel record={record} control={control} />
          </aside>
        )}
      </div>
    </article>
  );
}
