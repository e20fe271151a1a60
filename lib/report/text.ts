import type { Answers } from '../answers';
import type { Advice } from '../advice';
import { formatEffect, plural } from '../format';
import { REGISTRY } from '../methods';
import { nothingWouldChange } from '../what-would-change';
import { answerRows } from './summary';

const READY = { pass: 'ok', 'needs-work': 'to do', unknown: 'check' } as const;
const FIT_WORDS = { fits: 'fits your timeline', tight: 'is tight for your timeline', 'does-not-fit': 'does not fit your timeline' } as const;

/**
 * A plain-text summary of the advice, for a terminal.
 * @example formatText(answers, assess(answers)).split('\n')[0] // 'Recommended: Cutover migration'
 */
export function formatText(answers: Answers, advice: Advice): string {
  const lines: string[] = [];
  const top = advice.recommended;
  lines.push(top ? `Recommended: ${REGISTRY[top].label}` : 'Recommended: none of the methods fits these answers');
  if (top) lines.push(`  ${REGISTRY[top].catalogue.summary}`);
  lines.push('', 'Ranking:');
  for (const r of advice.ranking) {
    lines.push(`  ${r.viable ? String(r.score).padStart(3) : ' --'}  ${REGISTRY[r.method].label}${r.viable ? '' : ' (ruled out)'}`);
    for (const reason of r.reasons) lines.push(`         ${formatEffect(reason.effect).padStart(8)}  ${reason.text} [${reason.rule}, ${reason.source}]`);
  }
  if (top) {
    const plan = advice.plans[top]!;
    const e = plan.estimate;
    lines.push('', `Estimate: ${e.lowDays}–${e.highDays} days, which ${FIT_WORDS[e.fit]} (${plural(answers.timelineWeeks, 'week')}).`);
    if (e.blocker) lines.push(`Blocker: ${e.blocker}`);
    if (plan.flavour) lines.push(`Flavour: ${plan.flavour.text}`);
    lines.push('', 'Steps:');
    plan.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s.text}`));
  }
  if (advice.readiness) {
    lines.push('', `Readiness (${advice.readiness.assessedOn}):`);
    for (const i of advice.readiness.items) lines.push(`  [${READY[i.status]}] ${i.title}: ${i.text}`);
  }
  lines.push('', `Sign-in: ${advice.identity.summary}`);
  if (advice.identity.applies) lines.push(`  ${advice.identity.backup}`);
  if (advice.identity.leaveAdfs) lines.push(`  ${advice.identity.leaveAdfs}`);
  if (advice.identity.applies) for (const c of advice.identity.cloudEquivalents) lines.push(`  ${c.need}: ${c.answer} [${c.source}]`);
  for (const n of advice.notes) lines.push('', `Note: ${n.text} [${n.source}]`);
  if (advice.whatWouldChange) {
    lines.push('', 'What would change the answer:');
    if (advice.whatWouldChange.length === 0) lines.push(`  ${nothingWouldChange(advice.recommended)}`);
    for (const c of advice.whatWouldChange) lines.push(`  - ${c.text}`);
  }
  if (advice.assumptions.length) {
    lines.push('', 'Assumed:');
    for (const a of advice.assumptions) lines.push(`  - ${a}`);
  }
  lines.push('', 'Your answers:');
  for (const row of answerRows(answers)) lines.push(`  ${row.label}: ${row.value}`);
  lines.push('', `Rules last checked ${advice.rulesVersion}.`);
  return lines.join('\n');
}
