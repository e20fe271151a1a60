import type { Answers } from '../answers';
import type { Advice } from '../advice';
import { formatDate, formatEffect } from '../format';
import { REGISTRY } from '../methods';
import { nothingWouldChange } from '../what-would-change';
import { durationSentence, overview } from './overview';
import { answerRows, rulesApplied } from './summary';

const READY = { pass: 'ok', 'needs-work': 'to do', unknown: 'check' } as const;

/**
 * A plain-text summary of the advice, for a terminal.
 * @example formatText(answers, assess(answers)).split('\n')[0] // 'Recommended: Cutover migration'
 */
export function formatText(answers: Answers, advice: Advice): string {
  const lines: string[] = [];
  const top = advice.recommended;
  const o = overview(answers, advice);
  lines.push(o.title ? `Recommended: ${o.title}` : 'Recommended: none of the methods fits these answers');
  if (top) lines.push(`  ${REGISTRY[top].catalogue.summary}`);
  if (o.deciding.length) lines.push('', 'Why:', ...o.deciding.map((r) => `  ${formatEffect(r.effect).padStart(4)}  ${r.text}`));
  if (o.readiness) lines.push('', `Readiness: ${o.readiness.sentence}`);
  lines.push('', 'Ranking:');
  for (const r of advice.ranking) {
    lines.push(`  ${r.viable ? String(r.score).padStart(3) : ' --'}  ${REGISTRY[r.method].label}${r.viable ? '' : ' (ruled out)'}`);
    for (const reason of r.reasons) lines.push(`         ${formatEffect(reason.effect).padStart(8)}  ${reason.text} [${reason.source}]`);
  }
  if (top) {
    const plan = advice.plans[top]!;
    const e = plan.estimate;
    lines.push('', `Estimate: ${durationSentence(e, answers.timelineWeeks)}`);
    if (e.blocker) lines.push(`Blocker: ${e.blocker}`);
    if (plan.flavour) lines.push(`Flavour: ${plan.flavour.text}`);
    lines.push('', 'Steps:');
    plan.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s.text}`));
  }
  if (advice.readiness) {
    lines.push('', `Readiness on ${formatDate(advice.readiness.assessedOn)}:`);
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
  lines.push('', 'Appendix: the rules behind each score:');
  for (const r of rulesApplied(advice)) lines.push(`  ${r.method}: ${r.effect.padStart(8)}  ${r.rule} [${r.source}]`);
  lines.push('', `Rules last checked ${formatDate(advice.rulesVersion)}.`);
  return lines.join('\n');
}
