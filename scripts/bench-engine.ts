/**
 * Prints how fast the engine is: assessments a second over 100,000 random valid answers
 * (without "what would change"; the median of 5 rounds after a warm-up), and the time of one
 * full assessment with it. Run through `npm run bench:engine`, which bundles the engine as the app does.
 */
import fc from 'fast-check';
import { parseAnswers } from '../lib/answers';
import { assess, rank } from '../lib/assess';
import { answersArb, ON } from '../lib/test/arbitraries';

const N = 100_000;
const ROUNDS = 5;
// As the app and the CLI get them: parsed by the answers schema from JSON (fast-check's own objects are slower to read).
const samples = fc.sample(answersArb, { numRuns: N, seed: 42 }).map((a) => { const p = parseAnswers(JSON.parse(JSON.stringify(a))); if (!p.ok) throw new Error('invalid sample'); return p.answers; });
let sink = 0;

function round(run: (a: (typeof samples)[number]) => number): number {
  const start = process.hrtime.bigint();
  for (const a of samples) sink += run(a);
  return N / (Number(process.hrtime.bigint() - start) / 1e9);
}
function medianRate(run: (a: (typeof samples)[number]) => number) {
  round(run); // warm-up: let the JIT settle
  const rates = Array.from({ length: ROUNDS }, () => round(run)).sort((a, b) => a - b);
  return { median: rates[Math.floor(ROUNDS / 2)]!, rates };
}

const { median, rates } = medianRate((a) => assess(a, { date: ON, whatWouldChange: false }).ranking[0]!.score);
const live = medianRate((a) => rank(a, ON).ranking[0]!.score);

const full = samples.slice(0, 2_000);
const fullStart = process.hrtime.bigint();
for (const a of full) sink += assess(a, { date: ON }).whatWouldChange?.length ?? 0;
const fullMs = Number(process.hrtime.bigint() - fullStart) / 1e6 / full.length;

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(`engine: ${fmt(median)} assessments/s (median of ${ROUNDS} rounds of ${fmt(N)} random valid answers; slowest ${fmt(rates[0]!)}, fastest ${fmt(rates[ROUNDS - 1]!)})`);
console.log(`rank only (what the one-page mode re-runs on every change): ${fmt(live.median)} rankings/s (median of ${ROUNDS} rounds)`);
console.log(`full assessment with "what would change": ${fullMs.toFixed(3)} ms each (mean of ${full.length})`);
if (sink < 0) console.log(sink);
