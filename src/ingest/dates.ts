// Ingest: normalises the publication dates found in HTML meta tags and feeds to ISO 8601 of the
// precision the source gives ("2006-10-10", "2006-10", "2006"); anything unparseable is dropped.

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/**
 * @example normalizeDate('2006-10-10T08:00:00Z') === '2006-10-10'
 * @example normalizeDate('Tue, 10 Oct 2006 08:00:00 GMT') === '2006-10-10'
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (text === '') return null;
  const iso = ISO_PREFIX.exec(text);
  if (iso) return [iso[1], iso[2], iso[3]].filter((part) => part !== undefined).join('-');
  // RFC 822 (RSS pubDate) and other forms Date understands carry a full day.
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}
