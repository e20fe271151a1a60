import { METHODS, type Answers, type Method } from './answers';
import type { Advice, HybridFlavour, Plan, RankedMethod, Reason } from './advice';
import { estimateDuration, estimateRange } from './duration';
import { LIMITS, SOURCE_FACTS } from './facts';
import { CATALOGUE } from './methods';
import { identityAdvice } from './identity';
import { adviceNotes, assumptionsFor } from './notes';
import { readiness } from './readiness';
import { RULES, type RuleContext } from './rules';
import { RULES_VERSION } from './sources';
import { whatWouldChange } from './what-would-change';

/** Every method starts here; rules move it up or down. */
const BASE_SCORE = 50;

export interface AssessOptions {
  /** Also search for the nearest one-answer changes that change the recommendation (default true). */
  whatWouldChange?: boolean;
  /** The date (ISO, YYYY-MM-DD) support status is judged on; defaults to the rules' date. lib/ has no clock. */
  date?: string;
}

function scoreMethod(method: Method, ctx: RuleContext): RankedMethod {
  const reasons: Reason[] = [];
  let total = BASE_SCORE;
  let viable = true;
  for (const rule of RULES[method]) {
    const firing = rule.fire(ctx);
    if (firing === null) continue;
    if (firing.effect === 'excludes') {
      viable = false;
      reasons.push({ rule: rule.id, effect: 'excludes', text: firing.text, source: rule.source });
    } else {
      total += firing.effect;
      const sign = firing.effect > 0 ? '+' : '';
      reasons.push({ rule: rule.id, effect: `${sign}${firing.effect}`, text: firing.text, source: rule.source });
    }
  }
  // A viable method keeps at least 1, so it always ranks above the ruled-out ones (which score 0).
  const score = viable ? Math.min(100, Math.max(1, total)) : 0;
  return { method, viable, score, reasons };
}

const ORDER: Record<Method, number> = { cutover: 0, staged: 1, hybrid: 2, imap: 3 };
const byRank = (a: RankedMethod, b: RankedMethod) => b.score - a.score || ORDER[a.method] - ORDER[b.method];

const FLAVOURS = {
  full: { kind: 'full', text: 'Full hybrid: long coexistence with shared free/busy, mail flow and address book, suited to thousands of mailboxes or a long move.' },
  express: { kind: 'express', text: 'Express-style: a minimal hybrid finished within a couple of weeks. The wizard no longer offers an express option, so choose minimal hybrid and move everyone quickly.' },
  minimal: { kind: 'minimal', text: 'Minimal hybrid: mailboxes move over a few weeks or months without free/busy sharing; lighter to set up than full hybrid.' },
} as const satisfies Record<HybridFlavour, { kind: HybridFlavour; text: string }>;

/** Which Hybrid Configuration Wizard set-up fits: full, minimal, or express-style (facts §1, M6). */
function hybridFlavour(a: Answers): (typeof FLAVOURS)[HybridFlavour] {
  if (a.mailboxCount > LIMITS.minimalHybridMaxMailboxes || a.needCoexistence === true) return FLAVOURS.full;
  return a.timelineWeeks <= 3 ? FLAVOURS.express : FLAVOURS.minimal;
}

/** Each catalogue step as shown ({ id, text }), built once rather than on every assessment. */
const SHOWN_STEPS = {} as Record<Method, readonly Plan['steps'][number][]>;
for (const m of METHODS) SHOWN_STEPS[m] = CATALOGUE[m].steps.map(({ id, text }) => Object.freeze({ id, text }));

function planFor(method: Method, answers: Answers): Plan {
  const estimate = estimateDuration(method, answers);
  const templates = CATALOGUE[method].steps;
  const steps: Plan['steps'] = [];
  for (let i = 0; i < templates.length; i++) {
    const when = templates[i]!.when;
    if (when === undefined || when(answers)) steps.push(SHOWN_STEPS[method][i]!);
  }
  return method === 'hybrid' ? { steps, estimate, flavour: hybridFlavour(answers) } : { steps, estimate };
}

/**
 * Ranks the four methods, best first, and names the recommended one (the first viable, or null).
 * @example rank(answers).recommended // 'hybrid'
 */
export function rank(answers: Answers): { ranking: RankedMethod[]; recommended: Method | null } {
  const facts = SOURCE_FACTS[answers.source];
  const ctx: RuleContext = { answers, family: facts.family, sourceLabel: facts.label, estimate: estimateRange('cutover', answers) };
  const ranking = METHODS.map((method) => {
    ctx.estimate = estimateRange(method, answers);
    return scoreMethod(method, ctx);
  });
  ranking.sort(byRank);
  const first = ranking[0];
  return { ranking, recommended: first !== undefined && first.viable ? first.method : null };
}

/**
 * Scores all four methods for some (already valid) answers, rules out what hard limits forbid,
 * and explains every point with a cited rule.
 * @example assess({ version: 1, mailboxCount: 35, source: 'exchange-2013', budget: 'low', timelineWeeks: 2, totalDataGb: 70 }).recommended // 'cutover'
 */
export function assess(answers: Answers, options: AssessOptions = {}): Advice {
  const { ranking, recommended } = rank(answers);
  const date = options.date ?? RULES_VERSION;
  const plans: Partial<Record<Method, Plan>> = {};
  for (const r of ranking) if (r.viable) plans[r.method] = planFor(r.method, answers);
  const advice: Advice = {
    rulesVersion: RULES_VERSION,
    recommended,
    ranking,
    plans,
    notes: adviceNotes(answers, recommended, date),
    assumptions: assumptionsFor(answers),
    identity: identityAdvice(answers, recommended),
    readiness: recommended === null ? null : readiness(answers, recommended, date),
  };
  if (options.whatWouldChange ?? true) {
    advice.whatWouldChange = whatWouldChange(answers, recommended, (a) => rank(a).recommended);
  }
  return advice;
}
