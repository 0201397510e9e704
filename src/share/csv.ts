/**
 * The site's one CSV writer and its reader. Every CSV the site publishes (chart downloads,
 * data/metrics.csv) goes through `writeCsv`, so quoting, line ends, the byte-order mark and the
 * defence against formula injection are the same everywhere.
 */
import { csvFormatRow } from 'd3-dsv';

/** A cell as the site's tables hold it: numbers stay numbers, so they are never neutralised. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Spreadsheets run a text cell that starts with one of these as a formula (OWASP, "CSV
 * Injection"): `=`, `+`, `-`, `@`, tab and carriage return. A leading apostrophe makes Excel,
 * LibreOffice and Google Sheets show the text as text. Text that already starts with
 * apostrophes before such a character gets one more, so `readCsvText` can undo it exactly.
 */
const formulaStart = /^'*[=+\-@\t\r]/;
const neutralised = /^'+[=+\-@\t\r]/;

/**
 * One cell's text, with text that a spreadsheet would run as a formula prefixed with `'`.
 * Typed numbers are never prefixed: -5 stays -5. Booleans and numbers are written as JavaScript
 * writes them; undefined and null are an empty cell.
 */
export function csvText(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Undoes `csvText`'s apostrophe, for reading a download back: `'=SUM(A1)` → `=SUM(A1)`. */
export function readCsvText(cell: string): string {
  return neutralised.test(cell) ? cell.slice(1) : cell;
}

/** One cell as it appears in the file: neutralised by `csvText`, quoted only when needed. */
export function csvCell(value: CsvValue): string {
  return csvFormatRow([csvText(value)]);
}

/**
 * A whole CSV file: a header row, then one row per record, each cell neutralised by `csvText`
 * and quoted by d3-dsv (RFC 4180: only when needed, doubling quotes). A UTF-8 byte-order mark
 * first, because without it Excel opens the file as ANSI and Chinese turns to mojibake; CRLF line
 * ends, as RFC 4180 and Excel expect.
 */
export function writeCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Partial<Record<C, CsvValue>>[],
): string {
  const lines = [
    csvFormatRow([...columns]),
    ...rows.map((row) => csvFormatRow(columns.map((column) => csvText(row[column])))),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Reads CSV as the site writes it (RFC 4180: quoted cells, doubled quotes, CRLF), so the tests
 * can read a download back and compare it with content/. Strips a leading byte-order mark.
 * Cells are returned as written, apostrophe included: `csvRecords` undoes it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index]!;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row, each cell's neutralising apostrophe removed. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, readCsvText(row[index] ?? '')])));
}
