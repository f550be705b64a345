// Previous/next paging for lists: "21–40 of 57" with links that keep the query.

export const PAGE_SIZE = 20;

export function Pager({ total, limit, offset, href }: { total: number; limit: number; offset: number; href: (offset: number) => string }) {
  if (total <= limit) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Result pages">
      {offset > 0 ? <a href={href(Math.max(0, offset - limit))} rel="prev">← Previous</a> : <span class="pager-off" aria-hidden="true">← Previous</span>}
      <span class="pager-range">{first}–{last} of {total.toLocaleString('en-US')}</span>
      {last < total ? <a href={href(offset + limit)} rel="next">Next →</a> : <span class="pager-off" aria-hidden="true">Next →</span>}
    </nav>
  );
}
