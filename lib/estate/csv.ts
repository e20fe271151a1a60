import Papa from 'papaparse';
import type { ExportProblem } from './types';

/** The delimiters Export-Csv writes: comma by default, the culture's list separator with -UseCulture (";" in most of Europe), tab by hand. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Problems named per file before the rest are counted ("and 12 more"). */
export const MAX_PROBLEMS = 10;

/** A CSV export read into rows, with the line each row starts on (1 = the file's first line). */
export interface Table {
  file: string;
  /** Column names as written, trimmed. */
  header: string[];
  /** The line the column names are on (2 after a #TYPE line). */
  headerLine: number;
  rows: string[][];
  /** The line a row (0 = the first after the column names) starts on. */
  lineOf: (row: number) => number;
  delimiter: string;
}

export type TableRead = { ok: true; table: Table } | { ok: false; problems: ExportProblem[] };

const problem = (file: string, line: number | null, column: string | null, message: string): ExportProblem => ({ file, line, column, message });

/**
 * Reads CSV text as PowerShell's Export-Csv writes it: an optional `#TYPE` first line, quoted column names, quoted
 * values with "" for a quote inside, a comma, semicolon or tab between values (taken from the line of column names).
 * Rows with a different number of values than there are columns are problems naming their line.
 * @example readTable('#TYPE x\n"A","B"\n"1","2"\n', 'a.csv') // { ok: true, table: { header: ['A','B'], rows: [['1','2']], lines: [3], ... } }
 */
export function readTable(text: string, file: string): TableRead {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let headerLine = 1;
  while (/^\s*(#|\r?\n)/.test(body)) {
    const end = body.indexOf('\n');
    body = end === -1 ? '' : body.slice(end + 1);
    headerLine++;
  }
  if (body.trim() === '') return { ok: false, problems: [problem(file, null, null, 'The file has no column names or rows: export it again with the command shown and open the new file.')] };
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = DELIMITERS.reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), DELIMITERS[0]);

  // Bulk parsing is the fast path; the line each row starts on is worked out only when a problem needs it.
  const parsed = Papa.parse<string[]>(body, { delimiter });
  const data = parsed.data;
  const header = (data[0] ?? []).map((name) => name.trim());
  const rows: string[][] = [];
  const rowIndex: number[] = [];
  for (let i = 1; i < data.length; i++) {
    const row = data[i] as string[];
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
    rows.push(row);
    rowIndex.push(i);
  }
  let starts: number[] | null = null;
  const lineOfParsed = (index: number) => (starts ??= rowLines(body, delimiter, headerLine))[index] ?? headerLine;
  const lineOf = (row: number) => lineOfParsed(rowIndex[row] ?? 0);
  const problems: ExportProblem[] = [];
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    const at = parsed.errors.find((e) => e.type === 'Quotes')?.row;
    problems.push(problem(file, at === undefined ? null : lineOfParsed(at), null, 'A quote mark (") opens a value that is never closed: the file may be cut short or edited by hand. Export it again and open the new file.'));
  }
  for (let i = 0; i < rows.length && problems.length <= MAX_PROBLEMS; i++) {
    const count = (rows[i] as string[]).length;
    if (count !== header.length) {
      problems.push(problem(file, lineOf(i), null, `This line has ${count} values where the column names (line ${headerLine}) have ${header.length}: the file may be cut short or edited by hand. Export it again and open the new file.`));
    }
  }
  if (problems.length > 0) return { ok: false, problems: capped(problems) };
  return { ok: true, table: { file, header, headerLine, rows, lineOf, delimiter } };
}

/** The line each parsed row starts on, counting the line breaks inside quoted values (a second, slower pass). */
function rowLines(body: string, delimiter: string, firstLine: number): number[] {
  const lines: number[] = [];
  let line = firstLine;
  let start = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result) => {
      lines.push(line);
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return lines;
}

/** At most MAX_PROBLEMS problems, the last saying how many more there were. */
export function capped(problems: ExportProblem[]): ExportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const first = problems[0] as ExportProblem;
  return [...problems.slice(0, MAX_PROBLEMS), problem(first.file, null, null, 'More lines have problems like these: fix the ones above, or export the file again.')];
}

/** The index of a column by name, ignoring case; -1 when absent. */
export function columnIndex(table: Table, name: string): number {
  const wanted = name.toLowerCase();
  return table.header.findIndex((h) => h.toLowerCase() === wanted);
}

/** Problems for required columns the table lacks, naming the columns the command writes. */
export function missingColumns(table: Table, required: readonly string[], what: string): ExportProblem[] {
  return required
    .filter((name) => columnIndex(table, name) === -1)
    .map((name) => problem(table.file, table.headerLine, name, `The column “${name}” is missing from the column names. A ${what} export needs ${required.join(', ')}: export it again with the command shown.`));
}

export { problem };
