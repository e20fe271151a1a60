/**
 * The command-line advisor: `npm run advise -- answers.json [--format text|json|md]`; `-` reads stdin.
 * Exit 0 with the advice on stdout; exit 2 with one line per problem on stderr and nothing on stdout.
 * The file is read as the web import reads it (lib/decode-text.ts: UTF-8, or UTF-16 as Windows PowerShell 5.1 writes
 * it), up to ANSWERS_FILE_MAX_BYTES.
 */
import { createReadStream } from 'node:fs';
import { assess } from '../lib/assess';
import { adviceJson } from '../lib/report/json';
import { ANSWERS_FILE_MAX_BYTES, formatProblem, parseAnswersJson } from '../lib/answers';
import { decodeText } from '../lib/decode-text';
import { formatCount } from '../lib/format';
import { formatMarkdown } from '../lib/report/markdown';
import { formatText } from '../lib/report/text';
import { METHOD_IDS } from '../lib/methods/scoring';
import type { Method } from '../lib/advice';
import { readPilotStatistics } from '../lib/plan/pilot';
import { planOutput, writePlanFiles } from './plan';
import { planFromEstate } from '../lib/plan/from-estate';
import { answersWithExports, takeExportArgs } from './exports';

const FORMATS = ['text', 'json', 'md'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = 'usage: npm run advise -- <answers.json | -> [--format text|json|md] [--date YYYY-MM-DD] [--export FILE.csv ...] [--plan [--method M] [--pilot FILE] [--batches DIR]]';

/** Control characters, line breaks and direction overrides: written as escapes, so a line quoting a file (an export, a pilot) cannot drive the terminal or split. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function fail(lines: string[]): never {
  process.stderr.write(lines.map((l) => `${l.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`).join(''));
  process.exit(2);
}

/** A YYYY-MM-DD date that exists in the calendar (2026-02-30 does not). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

interface PlanArgs {
  on: boolean;
  method?: Method;
  pilot?: string;
  batches?: string;
}

function parseArgs(argv: string[]): { file: string; format: Format; date: string; plan: PlanArgs } {
  let file: string | undefined;
  const plan: PlanArgs = { on: false };
  let format: Format = 'text';
  let date = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : arg === '--format' ? argv[++i] : undefined;
    if (arg === '--format' || arg.startsWith('--format=')) {
      if (!FORMATS.includes(value as Format)) fail([`--format: must be one of ${FORMATS.join(', ')}`, USAGE]);
      format = value as Format;
    } else if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? argv[++i] : arg.slice('--date='.length);
      if (!isCalendarDate(value ?? '')) fail(['--date: must be a real date written YYYY-MM-DD, like 2026-11-25', USAGE]);
      date = value as string;
    } else if (arg === '--plan') {
      plan.on = true;
    } else if (arg === '--method' || arg === '--pilot' || arg === '--batches') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) fail([`${arg}: needs a value`, USAGE]);
      if (arg === '--method') {
        if (!METHOD_IDS.includes(value as Method)) fail([`--method: must be one of ${METHOD_IDS.join(', ')}`, USAGE]);
        plan.method = value as Method;
      } else if (arg === '--pilot') plan.pilot = value;
      else plan.batches = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail([`${arg}: unknown option`, USAGE]);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail([`${arg}: only one answers file can be given`, USAGE]);
    }
  }
  if (file === undefined) fail(['answers: give the path of an answers JSON file, or - to read standard input', USAGE]);
  if (!plan.on && (plan.method || plan.pilot || plan.batches)) fail(['--method, --pilot and --batches go with --plan', USAGE]);
  return { file, format, date, plan };
}

/** Reads the answers file (or another file given) or standard input, stopping as soon as it is past the size an answers file can have. */
async function readInput(file: string, what = 'an answers JSON file'): Promise<string> {
  const name = file === '-' ? 'standard input' : file;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of file === '-' ? process.stdin : createReadStream(file)) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += bytes.length;
      if (size > ANSWERS_FILE_MAX_BYTES) {
        fail([
          `${name}: is larger than ${formatCount(ANSWERS_FILE_MAX_BYTES)} bytes, ${what === 'an answers JSON file' ? 'too large to be an answers file: give the JSON file saved by this advisor' : `too large to be ${what}: give the file the documented command writes`}`,
        ]);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    return fail([`${name}: ${why}: give the path of ${what}`]);
  }
  return decodeText(new Uint8Array(Buffer.concat(chunks)));
}

async function main() {
  const exportArgs = takeExportArgs(process.argv.slice(2));
  const { file, format, date, plan } = parseArgs(exportArgs.argv);
  const withExports = answersWithExports(await readInput(file), exportArgs.exports, date, fail);
  const parsed = parseAnswersJson(withExports.text);
  if (!parsed.ok) fail(parsed.problems.map(formatProblem));
  const advice = assess(parsed.answers, { date });
  if (plan.on) {
    let pilot;
    if (plan.pilot) {
      const read = readPilotStatistics(await readInput(plan.pilot, 'a pilot statistics CSV file'), plan.pilot);
      if (!read.ok) fail(read.problems.map((p) => `${plan.pilot}: line ${p.line}, column ${p.column}: ${p.message}`));
      pilot = read.pilot;
    }
    const result = planOutput({ answers: parsed.answers, advice, date, format, method: plan.method, pilot, ...(withExports.estate ? planFromEstate(withExports.estate) : {}) });
    if (!result.ok) fail([result.problem]);
    if (plan.batches) writePlanFiles(plan.batches, result.files);
    process.stdout.write(`${result.output}\n`);
  } else {
    const output = format === 'json' ? JSON.stringify(adviceJson(advice), null, 2) : format === 'md' ? formatMarkdown(parsed.answers, advice) : formatText(parsed.answers, advice);
    process.stdout.write(`${output}\n`);
  }
}

void main();
