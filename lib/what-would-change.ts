import { BUDGETS, DIRECTORY_SYNC, SOURCES, type AnswerField, type Answers, type Method } from './answers';
import type { Change } from './advice';
import { LIMITS, SHORT_NAMES } from './facts';
import { describeValue, FIELD_LABELS } from './labels';

type Value = Answers[AnswerField];

/** The thresholds the rules turn on, tried on either side so the nearest change is found. */
const MAILBOX_MARKS = [50, 51, LIMITS.cutoverRecommendedMailboxes, LIMITS.cutoverRecommendedMailboxes + 1, 500, 501, 1000, 1001, LIMITS.cutoverMaxMailboxes, LIMITS.cutoverMaxMailboxes + 1, 5001, LIMITS.imapBatchCsvRows + 1];
const WEEK_MARKS = [1, 2, 3, 4, 6, 8, 12, 16, 26, 52, 104];
const SCALES = [0.25, 0.5, 0.75, 1.5, 2, 4, 10];
const MAX_CHANGES = 6;

const scaled = (n: number, min: number, max: number, whole: boolean) =>
  SCALES.map((f) => (whole ? Math.round(n * f) : Math.round(n * f * 10) / 10)).filter((v) => v >= min && v <= max);

function candidates(a: Answers): [AnswerField, Value[]][] {
  const flip = (v: boolean | undefined): boolean[] => (v === undefined ? [true, false] : [!v]);
  return [
    ['mailboxCount', [...MAILBOX_MARKS, ...scaled(a.mailboxCount, 1, 1_000_000, true)]],
    ['source', [...SOURCES]],
    ['budget', [...BUDGETS]],
    ['timelineWeeks', [...WEEK_MARKS, ...scaled(a.timelineWeeks, 1, 520, true)]],
    ['totalDataGb', scaled(a.totalDataGb, 0, 10_000_000, false)],
    ['keepOnPremises', flip(a.keepOnPremises)],
    ['directorySync', [...DIRECTORY_SYNC]],
    ['needCoexistence', flip(a.needCoexistence)],
    ['moveCalendarContacts', flip(a.moveCalendarContacts)],
    ['dedicatedAdmin', flip(a.dedicatedAdmin)],
    ['onLatestCu', flip(a.onLatestCu)],
    ['largestItemMb', [30, 100, 200]],
  ];
}

/** How far a change is: the ratio for numbers (log scale); for sources, steps along the version list; 1 otherwise. */
function distance(field: AnswerField, from: Value | undefined, to: Value): number {
  if (typeof from === 'number' && typeof to === 'number') return Math.abs(Math.log((to + 1) / (from + 1)));
  if (field === 'source') return 1 + 0.1 * Math.abs(SOURCES.indexOf(from as Answers['source']) - SOURCES.indexOf(to as Answers['source']));
  return 1;
}

/**
 * Finds the smallest changes of one answer that change the recommendation, by re-ranking varied answers.
 * At most one change per answer (the nearest), nearest first.
 * @example whatWouldChange(answers, 'cutover', recommend)[0].text // 'Mailboxes: 501 instead of 35 — hybrid would come first.'
 */
export function whatWouldChange(answers: Answers, current: Method | null, recommend: (a: Answers) => Method | null): Change[] {
  const found: (Change & { distance: number })[] = [];
  for (const [field, values] of candidates(answers)) {
    let best: (Change & { distance: number }) | undefined;
    for (const to of new Set(values)) {
      if (to === answers[field]) continue;
      const changed = { ...answers, [field]: to } as Answers;
      const recommended = recommend(changed);
      if (recommended === current) continue;
      const d = distance(field, answers[field], to);
      if (best === undefined || d < best.distance) {
        const from = answers[field] ?? null;
        best = { field, from, to, recommended, answers: changed, distance: d, text: describeChange(field, answers[field], to, recommended) };
      }
    }
    if (best !== undefined) found.push(best);
  }
  return found
    .sort((x, y) => x.distance - y.distance)
    .slice(0, MAX_CHANGES)
    .map(({ distance: _distance, ...change }) => change);
}


function describeChange(field: AnswerField, from: Value | undefined, to: Value, recommended: Method | null): string {
  const outcome = recommended === null ? 'no built-in method would fit' : `${SHORT_NAMES[recommended]} would come first`;
  return `${FIELD_LABELS[field]}: ${describeValue(field, to)} instead of ${from === undefined ? 'not known' : describeValue(field, from)} — ${outcome}.`;
}
