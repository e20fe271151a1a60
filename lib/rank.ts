import type { Answers } from './answers';
import type { Method, RankedMethod, Reason } from './advice';
import { phasesOf, type Phases } from './duration';
import { SOURCE_SYSTEMS } from './facts/source-systems';
import { METHOD_IDS, SCORING } from './methods/scoring';
import type { MethodScoring } from './methods/types';
import type { LimitContext, RuleContext } from './rules/types';
import { byScore, scoreReasons } from './score';

const SCORED: readonly MethodScoring[] = Object.values(SCORING);

/**
 * Scores one method: its hard limits first (a ruled-out method is not weighed further, nor estimated), then every
 * rule, with the estimate worked out once and kept for the plan.
 */
function scoreMethod(method: MethodScoring, ctx: LimitContext): { ranked: RankedMethod; phases: Phases | null } {
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

const byRank = byScore(METHOD_IDS, (r: RankedMethod) => r.method);

/**
 * Ranks every method in the registry, best first, and names the recommended one (the first viable, or null).
 * @example rank(answers, '2026-11-25').recommended // 'hybrid'
 */
export function rank(answers: Answers, date: string): { ranking: RankedMethod[]; recommended: Method | null } {
  const { ranking, recommended } = rankWithPhases(answers, date);
  return { ranking, recommended };
}

/** rank(), keeping each viable method's duration phases for its plan. */
export function rankWithPhases(answers: Answers, date: string) {
  const system = SOURCE_SYSTEMS[answers.source];
  const ctx: LimitContext = { answers, family: system.family, system, date };
  const phases = new Map<Method, Phases>();
  const ranking: RankedMethod[] = [];
  for (const method of SCORED) {
    const scored = scoreMethod(method, ctx);
    ranking.push(scored.ranked);
    if (scored.phases) phases.set(method.id, scored.phases);
  }
  ranking.sort(byRank);
  const first = ranking[0];
  return { ranking, recommended: first !== undefined && first.viable ? first.method : null, phases };
}

