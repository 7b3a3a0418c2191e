// A table as a CSV file made in the browser, by the same rules as the server's exports
// (apps/server/src/lib/table-export.ts): UTF-8 with a BOM so Excel reads the diacritics, CRLF line
// ends, every cell quoted, and a text that a spreadsheet would run as a formula (= + - @, tab,
// carriage return) prefixed with an apostrophe.

export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = typeof value === 'number' || !/^[=+\-@\t\r]/.test(text) ? text : `'${text}`;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hands the browser a CSV file to save, as a download link would. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
