// Export: CSV cells and rows per RFC 4180. Cells that a spreadsheet would read as a formula
// (= + - @, also tab and carriage return) get a leading apostrophe so opening a file runs nothing.

const FORMULA_START = /^[=+\-@\t\r]/u;

export type Cell = string | number | boolean | null | undefined;

/** One cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Numbers are data, not formulas: a negative number keeps its sign.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One CRLF-terminated line, as RFC 4180 asks. */
export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
