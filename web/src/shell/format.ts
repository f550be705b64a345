// Display formats shared by the pages: publication lines, partial ISO dates, counts, money.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2006-10-10" → "10 Oct 2006", "2006-10" → "Oct 2006", "XXXX-06-28" → "28 Jun (year unknown)". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const yearText = year === 'XXXX' ? '(year unknown)' : year;
  return [day ? String(Number(day)) : null, monthName, yearText].filter(Boolean).join(' ');
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

export function formatMoney(value: number, currency: string): string {
  try {
    // Millions read best compact ("$3.1M"); one decimal keeps what reports state ("$3.1 million").
    const compact = value >= 1e6;
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: compact ? 2 : 0, notation: compact ? 'compact' : 'standard' }).format(value);
  } catch {
    return `${value.toLocaleString('en-US')} ${currency}`;
  }
}

export function publicationLine(doc: { publication: string | null; published: string | null; volume?: number | null; issue?: number | null }): string {
  const issue = doc.volume != null && doc.issue != null ? `vol. ${doc.volume}, no. ${doc.issue}` : null;
  return [doc.publication, issue, formatDate(doc.published)].filter(Boolean).join(' · ');
}

/** Titles are often missing or shouted in capitals; show something readable either way. */
export function displayTitle(title: string | null, id: string): string {
  if (!title) return id;
  return title === title.toUpperCase() ? title.charAt(0) + title.slice(1).toLowerCase() : title;
}
