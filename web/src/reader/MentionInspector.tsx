// The panel a click on a highlighted mention opens: the entity, its roles, the cited sources of
// claims containing the mention, and quotes it speaks or appears in.
import type { ExtractionRecord, Span } from '../api/types.ts';
import { entityHref, graphHref } from '../router/routes.ts';
import { formatDate } from '../shell/format.ts';
import { ENTITY_TYPE_LABELS } from './entity-types.ts';

const inside = (at: number, [s, e]: Span) => at >= s && at < e;

export interface Clicked { entity: string; at: number }

export function MentionInspector({ record, clicked, onClose }: { record: ExtractionRecord; clicked: Clicked; onClose(): void }) {
  const entity = record.entities.find((e) => e.id === clicked.entity);
  if (!entity) return null;
  const nameOf = (id: string | null) => (id ? record.entities.find((e) => e.id === id)?.name ?? null : null);
  const claims = record.citations.filter((c) => inside(clicked.at, c.claim) || inside(clicked.at, c.span));
  const quotes = record.quotes.filter((q) => q.speaker === entity.id || inside(clicked.at, q.span));
  const canonical = canonicalId(entity.type, entity.name);
  return (
    <section class="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" class="panel-title">{entity.name} <span class="tag">{ENTITY_TYPE_LABELS[entity.type].one}</span></h2>
      {entity.aliases.length > 0 && <p class="fact-meta">also {entity.aliases.join(', ')}</p>}
      {(entity.roles ?? []).map((r, i) => (
        <p key={i} class="fact-meta">Role: <strong>{r.title}</strong>{r.organization && <> at {nameOf(r.organization)}</>}{r.as_of && <> (as of {formatDate(r.as_of)})</>}</p>
      ))}
      {claims.length > 0 ? (
        <p class="fact-meta">In a claim citing <strong>{claims.map((c) => c.source).join(', ')}</strong></p>
      ) : <p class="fact-meta">Not inside a cited claim.</p>}
      {quotes.map((q, i) => (
        <p key={i} class="fact-meta">{q.speaker === entity.id ? 'Speaks' : 'In a quote by'} <strong>{nameOf(q.speaker) ?? 'an unattributed speaker'}</strong>: “{q.text.slice(0, 120)}{q.text.length > 120 ? '…' : ''}”</p>
      ))}
      <p class="fact-meta">
        <a href={entityHref(canonical)}>Profile</a> · <a href={graphHref({ entity: canonical })}>Link chart</a> ·{' '}
        <button type="button" class="link-button" onClick={onClose}>Close</button>
      </p>
    </section>
  );
}

/** The store's entity id for a record entity; mirrors src/store/canonical-key.ts (web/ shares no code). */
function canonicalId(type: string, name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s\b/gu, '').replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '');
  return `${type}:${folded || 'unnamed'}`;
}
