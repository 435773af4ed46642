/** CSV as RFC 4180 writes it: CRLF line ends, and a field quoted when it holds a comma, quote or line break. */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Epoch milliseconds as the `datetime` column shows them: ISO 8601 in UTC. */
export function datetime(ms: number): string {
  return new Date(ms).toISOString();
}
