import type { Answers } from '../answers';
import type { Advice, DurationRange, Method, Readiness, Reason, TimelineFit } from '../advice';
import { formatCount, plural } from '../format';
import { REGISTRY } from '../methods';
import type { SourceId } from '../sources';

/** How many reasons the overview gives for the verdict, and how many steps a handout lists first. */
const DECIDING = 3;
const FIRST_STEPS = 5;

/** A timeline fit in words, to follow a duration: "About 20–35 days, which fits within your 16 weeks (112 days)". */
export const FIT_PHRASE: Record<TimelineFit, string> = { fits: 'fits within', tight: 'is tight for', 'does-not-fit': 'does not fit' };
/** A timeline fit as a one-word badge. */
export const FIT_LABEL: Record<TimelineFit, string> = { fits: 'Fits', tight: 'Tight', 'does-not-fit': 'Does not fit' };

/**
 * A range of days as people write it: "1 day", "3 days", "2–5 days".
 * @example dayRange(2, 5) // '2–5 days'; dayRange(1, 1) // '1 day'
 */
export function dayRange(low: number, high: number): string {
  return low === high ? plural(low, 'day') : `${formatCount(low)}–${formatCount(high)} days`;
}

/**
 * A duration against the deadline, in one sentence.
 * @example durationSentence({ lowDays: 20, highDays: 35, timelineDays: 112, fit: 'fits' }, 16) // 'About 20–35 days, which fits within your 16 weeks (112 days).'
 */
export function durationSentence(e: DurationRange, weeks: number): string {
  return `About ${dayRange(e.lowDays, e.highDays)}, which ${FIT_PHRASE[e.fit]} your ${plural(weeks, 'week')} (${plural(e.timelineDays, 'day')}).`;
}

/** The readiness checklist counted: how many are ready, need work, or are still to check. */
export interface ReadinessCount {
  ready: number;
  needsWork: number;
  toCheck: number;
  total: number;
}

export function countReadiness(r: Readiness): ReadinessCount {
  const by = (s: string) => r.items.filter((i) => i.status === s).length;
  return { ready: by('pass'), needsWork: by('needs-work'), toCheck: by('unknown'), total: r.items.length };
}

/**
 * The readiness count in words, with verbs that agree with their numbers.
 * @example readinessSentence({ ready: 1, needsWork: 1, toCheck: 6, total: 8 }) // '1 of 8 checks is ready; 1 needs work; 6 are still to check.'
 */
export function readinessSentence(c: ReadinessCount): string {
  const parts = [`${c.ready} of ${plural(c.total, 'check')} ${c.ready === 1 ? 'is' : 'are'} ready`];
  if (c.needsWork > 0) parts.push(`${c.needsWork} ${c.needsWork === 1 ? 'needs' : 'need'} work`);
  if (c.toCheck > 0) parts.push(`${c.toCheck} ${c.toCheck === 1 ? 'is' : 'are'} still to check`);
  return `${parts.join('; ')}.`;
}

/** A reason as the overview shows it: signed points and words, no rule id. */
export interface DecidingReason {
  effect: number;
  text: string;
  source: SourceId;
}

/** The verdict and what a reader needs first: the card at the top of the results and the first page of the handout. */
export interface Overview {
  method: Method | null;
  /** "Hybrid migration (minimal hybrid)", or null when nothing fits. */
  title: string | null;
  /** The method's name alone ("Hybrid migration") and, for hybrid, its flavour ("minimal hybrid"). */
  label: string | null;
  flavour: string | null;
  deciding: DecidingReason[];
  /** The duration of the recommended method against the deadline, and whether a blocker holds it up. */
  duration: { fit: TimelineFit; sentence: string; blocker?: string } | null;
  /** The other possible methods' durations, for the handout. */
  otherDurations: { method: Method; label: string; fit: TimelineFit; sentence: string }[];
  steps: string[];
  readiness: (ReadinessCount & { sentence: string }) | null;
  /** What could go wrong: the blocker, the notes, and the readiness checks that need work. */
  risks: string[];
}

/**
 * The reasons that decided a method's score: the largest effects either way, leaving out the starting score and the
 * hold within 1–100 (every method has those).
 * @example decidingReasons(ranked)[0] // { effect: 20, text: '300 mailboxes is within…', source: 'M1' }
 */
export function decidingReasons(reasons: readonly Reason[], count = DECIDING): DecidingReason[] {
  return reasons
    .filter((r): r is Reason & { effect: number } => typeof r.effect === 'number' && r.effect !== 0 && !r.rule.endsWith('.base') && !r.rule.endsWith('.capped'))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, count)
    .map(({ effect, text, source }) => ({ effect, text, source }));
}

/**
 * The overview of an assessment: verdict, deciding reasons, duration against the deadline, first steps, readiness
 * and risks, all in customer words (no rule ids, no ISO dates).
 */
export function overview(answers: Answers, advice: Advice): Overview {
  const top = advice.recommended;
  const ranked = advice.ranking.find((r) => r.method === top);
  const plan = top ? advice.plans[top] : undefined;
  const count = advice.readiness ? countReadiness(advice.readiness) : null;
  const e = plan?.estimate;
  const risks = [
    ...(e?.blocker ? [e.blocker] : []),
    ...advice.notes.map((n) => n.text),
    ...(advice.readiness?.items.filter((i) => i.status === 'needs-work').map((i) => `${i.title}: ${i.text}`) ?? []),
  ];
  return {
    method: top,
    title: top && ranked ? `${REGISTRY[top].label}${ranked.flavour ? ` (${ranked.flavour} hybrid)` : ''}` : null,
    label: top ? REGISTRY[top].label : null,
    flavour: ranked?.flavour ? `${ranked.flavour} hybrid` : null,
    deciding: ranked ? decidingReasons(ranked.reasons) : [],
    duration: e ? { fit: e.fit, sentence: durationSentence(e, answers.timelineWeeks), ...(e.blocker ? { blocker: e.blocker } : {}) } : null,
    otherDurations: advice.ranking
      .filter((r) => r.viable && r.method !== top && advice.plans[r.method])
      .map((r) => {
        const est = advice.plans[r.method]!.estimate;
        return { method: r.method, label: REGISTRY[r.method].label, fit: est.fit, sentence: durationSentence(est, answers.timelineWeeks) };
      }),
    steps: plan?.steps.slice(0, FIRST_STEPS).map((s) => s.text) ?? [],
    readiness: count ? { ...count, sentence: readinessSentence(count) } : null,
    risks,
  };
}
