// One canonical entity: its names and counts, and every mention in context (keyword-in-context
// rows), each linking into the reader at that mention; the profile panels above them.
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { MentionInContext } from '../api/types.ts';
import { ENTITY_TYPE_LABELS } from '../reader/entity-types.ts';
import { documentHref, entitiesHref, entityHref } from '../router/routes.ts';
import { PAGE_SIZE, Pager } from '../search/Pager.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { DocumentTitle } from '../shell/DocumentTitle.tsx';
import { formatCount } from '../shell/format.ts';
import { EntityProfile } from './EntityProfile.tsx';

export function EntityPage({ id, offset }: { id: string; offset: number }) {
  const state = useApi(`entity:${id}:${offset}`, (signal) => api.entity(id, PAGE_SIZE * 5, offset, signal));
  if (state.status === 'loading') return <section class="page"><Loading what="entity" /></section>;
  if (state.status === 'error') {
    return <section class="page narrow"><h1 class="page-title">Entity</h1><ErrorMessage error={state.error} /></section>;
  }
  const { entity, mentions } = state.data;
  return (
    <section class="page" aria-labelledby="entity-heading">
      <p class="meta"><a href={entitiesHref('', entity.type)}>{ENTITY_TYPE_LABELS[entity.type].many}</a></p>
      <h1 id="entity-heading" class={`page-title entity-title ent-${entity.type}`}>
        <span class="swatch" aria-hidden="true" />{entity.name}
      </h1>
      <p class="meta">
        <span>{formatCount(entity.documentCount, 'document')}</span>
        <span>{formatCount(entity.mentionCount, 'mention')}</span>
        {entity.aliases.length > 0 && <span>also {entity.aliases.join(', ')}</span>}
        <span class="doc-id">{entity.id}</span>
      </p>
      <EntityProfile id={entity.id} />
      <h2 class="section-title">Mentions</h2>
      {groupByDocument(mentions.items).map(([documentId, rows]) => (
        <section key={documentId} class="kwic-group" aria-label={`Mentions in ${documentId}`}>
          <h2 class="kwic-doc">
            <a href={documentHref(documentId)}><DocumentTitle title={rows[0]?.title ?? null} id={documentId} /></a>
            <span class="count">{rows.length}</span>
          </h2>
          <table class="kwic">
            <tbody>
              {rows.map((m) => (
                <tr key={m.span[0]}>
                  <td class="kwic-before"><div><span>{m.before}</span></div></td>
                  <td class="kwic-hit"><a href={documentHref(documentId, m.span[0])} class={`ent ent-${entity.type}`}>{m.text}</a></td>
                  <td class="kwic-after">{m.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <Pager total={mentions.total} limit={mentions.limit} offset={mentions.offset} href={(o) => entityHref(id, o)} />
    </section>
  );
}

function groupByDocument(rows: MentionInContext[]): [string, MentionInContext[]][] {
  const groups = new Map<string, MentionInContext[]>();
  for (const row of rows) groups.set(row.documentId, [...(groups.get(row.documentId) ?? []), row]);
  return [...groups];
}
