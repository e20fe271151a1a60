import type { Answers } from './answers';
import type { Advice, Method, Plan, RankedMethod, Reason, Step } from './advice';
import { estimateDuration, phasesOf, type Phases } from './duration';
import { SOURCE_SYSTEMS } from './facts/source-systems';
import { identityAdvice } from './identity';
import { METHOD_DEFINITIONS, METHOD_IDS, REGISTRY, type MethodDefinition } from './methods';
import { adviceNotes, assumptionsFor } from './notes';
import { readiness } from './readiness';
import type { LimitContext, RuleContext } from './rules/types';
import { byScore, scoreReasons } from './score';
import { RULES_VERSION } from './sources';
import { whatWouldChange } from './what-would-change';

export interface AssessOptions {
  /** The date (ISO, YYYY-MM-DD) the advice is judged on: support status and dated events. lib/ has no clock. */
  date: string;
  /** Also search for the nearest one-answer changes that change the recommendation (default true). */
  whatWouldChange?: boolean;
}

/**
 * Scores one method: its hard limits first (a ruled-out method is not weighed further, nor estimated), then every
 * rule, with the estimate worked out once and kept for the plan.
 */
function scoreMethod(method: MethodDefinition, ctx: LimitContext): { ranked: RankedMethod; phases: Phases | null } {
  const fired: Reason[] = [];
  for (const limit of method.limits) {
    const text = limit.excludes(ctx);
    if (text !== null) fired.push({ rule: limit.id, effect: 'excludes', text, source: limit.source });
  }
  let phases: Phases | null = null;
  if (fired.length === 0) {
    phases = phasesOf(method, ctx.answers, ctx.date);
    const full = ctx as RuleContext;
    full.estimate = phases.range;
    for (const rule of method.rules) {
      const firing = rule.fire(full);
      if (firing !== null) fired.push({ rule: rule.id, effect: firing.effect, text: firing.text, source: rule.source });
    }
  }
  const { viable, score, reasons } = scoreReasons(method.id, fired, { text: method.base, source: 'M1' });
  const ranked: RankedMethod = { method: method.id, viable, score, reasons };
  if (method.flavour) ranked.flavour = method.flavour(ctx.answers).kind;
  return { ranked, phases };
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

const byRank = byScore(METHOD_IDS, (r: RankedMethod) => r.method);

/**
 * Ranks every method in the registry, best first, and names the recommended one (the first viable, or null).
 * @example rank(answers, '2026-11-25').recommended // 'hybrid'
 */
export function rank(answers: Answers, date: string): { ranking: RankedMethod[]; recommended: Method | null } {
  const { ranking, recommended } = rankWithPhases(answers, date);
  return { ranking, recommended };
}

function rankWithPhases(answers: Answers, date: string) {
  const system = SOURCE_SYSTEMS[answers.source];
  const ctx: LimitContext = { answers, family: system.family, system, date };
  const phases = new Map<Method, Phases>();
  const ranking: RankedMethod[] = [];
  for (const method of METHOD_DEFINITIONS) {
    const scored = scoreMethod(method, ctx);
    ranking.push(scored.ranked);
    if (scored.phases) phases.set(method.id, scored.phases);
  }
  ranking.sort(byRank);
  const first = ranking[0];
  return { ranking, recommended: first !== undefined && first.viable ? first.method : null, phases };
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
