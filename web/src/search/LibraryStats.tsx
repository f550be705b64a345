// The library at a glance on the home page: how many entities, events and transfers the stored
// documents hold, each linking to its section. Counts come from the list endpoints' totals.
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { entitiesHref, eventsHref, ledgerHref } from '../router/routes.ts';

export function LibraryStats() {
  const state = useApi('library-stats', async (signal) => {
    const [entities, events, transfers] = await Promise.all([
      api.entities({ q: '', type: '' }, 1, 0, signal),
      api.events({ type: '', from: '', to: '' }, 1, 0, signal),
      api.transfers({ item: '', status: '' }, 1, 0, signal),
    ]);
    return { entities: entities.total, events: events.total, transfers: transfers.total };
  });
  if (state.status !== 'ready') return null;
  const stats = [
    { label: 'Entities', value: state.data.entities, href: entitiesHref() },
    { label: 'Events', value: state.data.events, href: eventsHref({}) },
    { label: 'Transfers', value: state.data.transfers, href: ledgerHref({}) },
  ];
  return (
    <ul class="stats" aria-label="Library at a glance">
      {stats.map((s) => (
        <li key={s.label}>
          <a href={s.href}><span class="stat-value">{s.value.toLocaleString('en-US')}</span><span class="stat-label">{s.label}</span></a>
        </li>
      ))}
    </ul>
  );
}
