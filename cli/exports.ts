/**
 * `--export FILE` (repeatable) for the command-line advisor: reads Exchange exports and fills the answers the answers
 * file leaves out. The answers file wins where both give an answer (stderr says where they differ).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { estateSummary, fillAnswers, mergeEstates, readExport, type Estate } from '../lib/estate';

/** Takes every `--export FILE` / `--export=FILE` out of the arguments. */
export function takeExportArgs(argv: readonly string[]): { argv: string[]; exports: string[] } {
  const rest: string[] = [];
  const exports: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--export') exports.push(argv[++i] ?? '');
    else if (arg.startsWith('--export=')) exports.push(arg.slice('--export='.length));
    else rest.push(arg);
  }
  return { argv: rest, exports };
}

/**
 * The answers text with what the exports fill added to it (the text unchanged when there are no exports or it is not
 * a JSON object, so the usual checks report it), and the estate the exports held (null without exports), for the
 * wave plan. Problems with an export go to `fail`, one line each: file:line: column: what to do.
 */
export function answersWithExports(answersText: string, files: readonly string[], date: string, fail: (lines: string[]) => never): { text: string; estate: Estate | null } {
  if (files.length === 0) return { text: answersText, estate: null };
  const estates: Estate[] = [];
  const problems: string[] = [];
  for (const path of files) {
    if (path === '') fail(['--export: give the path of a CSV file after --export']);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch {
      fail([`${path}: cannot be read: give the path of an export CSV file`]);
    }
    const result = readExport(basename(path), bytes, date);
    if (result.ok) estates.push(result.estate);
    else problems.push(...result.problems.map((p) => `${path}${p.line === null ? '' : `:${p.line}`}: ${p.column ? `${p.column}: ` : ''}${p.message}`));
  }
  if (problems.length > 0) fail(problems);
  const estate = mergeEstates(estates);
  let answers: unknown;
  try {
    answers = answersText.trim() === '' ? { version: 1 } : JSON.parse(answersText);
  } catch {
    return { text: answersText, estate };
  }
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { text: answersText, estate };
  const given = answers as Record<string, unknown>;
  const filled: Record<string, unknown> = { ...given };
  for (const f of fillAnswers(estate)) {
    if (given[f.field] === undefined) filled[f.field] = f.value;
    else if (given[f.field] !== f.value) process.stderr.write(`${f.field}: kept ${JSON.stringify(given[f.field])} from the answers file; the exports say ${JSON.stringify(f.value)}\n`);
  }
  process.stderr.write(`Exports read: ${estateSummary(estate)}\n`);
  return { text: JSON.stringify(filled), estate };
}
