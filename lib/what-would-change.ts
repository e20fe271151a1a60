import { ANSWER_ROWS, type QuestionField } from './answer-fields';
import type { Answers } from './answers';
import type { Change, Method } from './advice';
import { describeValue, labelOf } from './labels';
import { REGISTRY } from './methods';

type Value = Answers[QuestionField];

const SCALES = [0.25, 0.5, 0.75, 1.5, 2, 4, 10];
const MAX_CHANGES = 6;

/** The values to try for one lever, from its row: marks and the current value scaled, the next options, or yes/no targets — only in the direction that helps. */
function candidates(field: QuestionField, now: Value | undefined): Value[] {
  const row = ANSWER_ROWS[field];
  const alt = row.alternatives;
  if (alt === undefined) return [];
  if (alt.to !== undefined) return alt.to.filter((v) => v !== now);
  if (row.options !== undefined) {
    const values = row.options.map((o) => o.value as Value);
    const at = values.indexOf(now as Value);
    return alt.direction === 'down' ? values.slice(0, Math.max(at, 0)) : values.slice(at + 1);
  }
  const values: number[] = [...(alt.marks ?? [])];
  if (alt.scale && typeof now === 'number') {
    const whole = row.kind === 'count';
    for (const f of SCALES) values.push(whole ? Math.round(now * f) : Math.round(now * f * 10) / 10);
  }
  const within = values.filter((v) => v >= (row.min ?? 0) && v <= (row.max ?? Infinity) && (row.above !== true || v > (row.min ?? 0)));
  if (typeof now !== 'number' || alt.direction === undefined) return within;
  return within.filter((v) => (alt.direction === 'up' ? v > now : v < now));
}

/** How far a change is: the ratio for numbers (log scale); 1 otherwise. */
function distance(from: Value | undefined, to: Value): number {
  return typeof from === 'number' && typeof to === 'number' ? Math.abs(Math.log((to + 1) / (from + 1))) : 1;
}

/**
 * Finds the smallest changes of one answer that change the recommendation, by re-ranking varied answers. Only levers
 * the organisation can pull are tried (their rows say how: a longer timeline, more budget or upload, an answered
 * requirement relaxed), never facts about the estate such as the source system or the number of mailboxes, and never
 * in the direction that makes things worse. At most one change per answer (the nearest), nearest first.
 * @example whatWouldChange(answers, 'cutover', recommend)[0].text // 'Keep accounts managed on-premises: No instead of Yes — cutover would come first.'
 */
export function whatWouldChange(answers: Answers, current: Method | null, recommend: (a: Answers) => Method | null): Change[] {
  const found: (Change & { distance: number })[] = [];
  for (const field of Object.keys(ANSWER_ROWS) as QuestionField[]) {
    let best: (Change & { distance: number }) | undefined;
    const now = answers[field];
    for (const to of new Set(candidates(field, now))) {
      const changed = { ...answers, [field]: to } as Answers;
      const recommended = recommend(changed);
      if (recommended === current) continue;
      const d = distance(now, to);
      if (best === undefined || d < best.distance) {
        best = { field, from: now ?? null, to, recommended, answers: changed, distance: d, text: describeChange(field, now, to, recommended) };
      }
    }
    if (best !== undefined) found.push(best);
  }
  return found
    .sort((x, y) => x.distance - y.distance)
    .slice(0, MAX_CHANGES)
    .map(({ distance: _distance, ...change }) => change);
}

function describeChange(field: QuestionField, from: Value | undefined, to: Value, recommended: Method | null): string {
  const outcome = recommended === null ? 'no built-in method would fit' : `${REGISTRY[recommended].short} would come first`;
  return `${labelOf(field)}: ${describeValue(field, to)} instead of ${from === undefined ? 'not known' : describeValue(field, from)} — ${outcome}.`;
}

/** What to say when no single lever changes the answer, so the reader knows it was tried rather than left out. */
export function nothingWouldChange(current: Method | null): string {
  return current === null
    ? 'No single change the organisation can make (a longer timeline, more budget or upload, a requirement relaxed) would make a method fit.'
    : `No single change the organisation can make (a longer timeline, more budget or upload, a requirement relaxed) would put another method before ${REGISTRY[current].short}: the recommendation holds.`;
}
