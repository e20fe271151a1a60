import { ANSWER_ROWS, type QuestionField } from './answer-fields';
import type { Answers } from './answers';
import type { Change, Method } from './advice';
import { describeValue, labelOf } from './labels';
import { REGISTRY } from './methods';

type Value = Answers[QuestionField];

const SCALES = [0.25, 0.5, 0.75, 1.5, 2, 4, 10];
const MAX_CHANGES = 6;

/** The values to try for one answer, from its row: marks, the current value scaled, every option, or the other yes/no. */
function candidates(field: QuestionField, current: Value | undefined): Value[] {
  const row = ANSWER_ROWS[field];
  const alt = row.alternatives;
  if (alt === undefined) return [];
  const values: Value[] = [...(alt.marks ?? [])];
  if (alt.scale && typeof current === 'number') {
    const whole = row.kind === 'count';
    for (const f of SCALES) {
      const v = whole ? Math.round(current * f) : Math.round(current * f * 10) / 10;
      if (v >= (row.min ?? 0) && v <= (row.max ?? Infinity)) values.push(v);
    }
  }
  if (alt.options) values.push(...(row.options ?? []).map((o) => o.value as Value));
  if (alt.flip) values.push(...(current === undefined ? [true, false] : [!current]));
  return values;
}

/** How far a change is: the ratio for numbers (log scale); 1 otherwise. */
function distance(from: Value | undefined, to: Value): number {
  return typeof from === 'number' && typeof to === 'number' ? Math.abs(Math.log((to + 1) / (from + 1))) : 1;
}

/**
 * Finds the smallest changes of one answer that change the recommendation, by re-ranking varied answers.
 * Only answers the organisation can change are tried (their rows say how; never the source system), numbers only as far
 * as they could really move. At most one change per answer (the nearest), nearest first.
 * @example whatWouldChange(answers, 'cutover', recommend)[0].text // 'Mailboxes: 501 instead of 35 — hybrid would come first.'
 */
export function whatWouldChange(answers: Answers, current: Method | null, recommend: (a: Answers) => Method | null): Change[] {
  const found: (Change & { distance: number })[] = [];
  for (const field of Object.keys(ANSWER_ROWS) as QuestionField[]) {
    let best: (Change & { distance: number }) | undefined;
    const now = answers[field];
    const furthest = ANSWER_ROWS[field].alternatives?.maxFactor;
    for (const to of new Set(candidates(field, now))) {
      if (to === now) continue;
      if (furthest !== undefined && typeof now === 'number' && typeof to === 'number' && (to > now * furthest || to < now / furthest)) continue;
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
