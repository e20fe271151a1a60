import type { Answers } from './answers';
import type { Advice, Method, Plan, Step } from './advice';
import { estimateDuration, type Phases } from './duration';
import { identityAdvice } from './identity';
import { METHOD_DEFINITIONS, REGISTRY, type MethodDefinition } from './methods';
import { adviceNotes, assumptionsFor } from './notes';
import { rank, rankWithPhases } from './rank';
import { readiness } from './readiness';
import { RULES_VERSION } from './sources';
import { whatWouldChange } from './what-would-change';

export { rank };

export interface AssessOptions {
  /** The date (ISO, YYYY-MM-DD) the advice is judged on: support status and dated events. lib/ has no clock. */
  date: string;
  /** Also search for the nearest one-answer changes that change the recommendation (default true). */
  whatWouldChange?: boolean;
}

/** Each method's steps that read the same for any answers, built once ({ id, text }); the others are written per answers. */
const FIXED_STEPS = new Map<Method, readonly (Readonly<Step> | null)[]>(
  METHOD_DEFINITIONS.map((m) => [m.id, m.catalogue.steps.map(({ id, text }) => (typeof text === 'string' ? Object.freeze({ id, text }) : null))]),
);

function planFor(method: MethodDefinition, answers: Answers, phases: Phases, date: string): Plan {
  const estimate = estimateDuration(method, answers, date, phases);
  const templates = method.catalogue.steps;
  const fixed = FIXED_STEPS.get(method.id)!;
  const steps: Readonly<Step>[] = [];
  for (let i = 0; i < templates.length; i++) {
    const template = templates[i]!;
    if (template.when !== undefined && !template.when(answers, date)) continue;
    steps.push(fixed[i] ?? { id: template.id, text: typeof template.text === 'string' ? template.text : template.text(answers, date) });
  }
  return method.flavour ? { steps, estimate, flavour: method.flavour(answers) } : { steps, estimate };
}

/**
 * Scores every method for some (already valid) answers on a date, rules out what hard limits forbid,
 * and explains every point with a cited rule.
 * @example assess({ version: 1, mailboxCount: 35, source: 'exchange-2013', budget: 'low', timelineWeeks: 2, totalDataGb: 70 }, { date: '2026-11-25' }).recommended // 'cutover'
 */
export function assess(answers: Answers, options: AssessOptions): Advice {
  const { date } = options;
  const { ranking, recommended, phases } = rankWithPhases(answers, date);
  const plans: Partial<Record<Method, Plan>> = {};
  for (const r of ranking) if (r.viable) plans[r.method] = planFor(REGISTRY[r.method], answers, phases.get(r.method)!, date);
  const advice: Advice = {
    rulesVersion: RULES_VERSION,
    answers,
    recommended,
    ranking,
    plans,
    notes: adviceNotes(answers, recommended, date),
    assumptions: assumptionsFor(answers),
    identity: identityAdvice(answers, recommended),
    readiness: recommended === null ? null : readiness(answers, recommended, date),
  };
  if (options.whatWouldChange ?? true) {
    advice.whatWouldChange = whatWouldChange(answers, recommended, (a) => rank(a, date).recommended);
  }
  return advice;
}
