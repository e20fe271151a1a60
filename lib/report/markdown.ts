import type { Answers } from '../answers';
import type { Advice } from '../advice';
import { formatEffect, plural } from '../format';
import { SIGN_IN_LABELS } from '../identity';
import { REGISTRY } from '../methods';
import { SOURCES_CITED } from '../sources';
import { citedSources } from './sources';
import { nothingWouldChange } from '../what-would-change';
import { answerRows } from './summary';

const READY = { pass: 'ready', 'needs-work': 'needs work', unknown: 'to check' } as const;
const FIT_WORDS = { fits: 'fits', tight: 'is tight for', 'does-not-fit': 'does not fit' } as const;

/** Escapes characters Markdown would read as formatting, so text from answers stays text. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

/**
 * A Markdown report a consultant can paste into a proposal (the same as the results page's download).
 * @example formatMarkdown(answers, assess(answers)).startsWith('# Mail migration advice') // true
 */
export function formatMarkdown(answers: Answers, advice: Advice): string {
  const out: string[] = ['# Mail migration advice for Microsoft 365', ''];
  const top = advice.recommended;
  out.push(top ? `**Recommended: ${REGISTRY[top].label}.** ${REGISTRY[top].catalogue.summary}` : '**None of the methods fits these answers.**', '');
  out.push('## Your answers', '', '| Question | Answer |', '| --- | --- |');
  for (const row of answerRows(answers)) out.push(`| ${row.label} | ${md(row.value)} |`);
  out.push('', '## Ranking', '', '| Method | Score | Status |', '| --- | ---: | --- |');
  for (const r of advice.ranking) out.push(`| ${REGISTRY[r.method].label} | ${r.score} | ${r.viable ? 'possible' : 'ruled out'} |`);
  for (const note of advice.notes) out.push('', `> **Note:** ${note.text} (${note.source})`);
  for (const r of advice.ranking) {
    const info = REGISTRY[r.method].catalogue;
    const plan = advice.plans[r.method];
    out.push('', `## ${REGISTRY[r.method].label}${r.viable ? ` — ${r.score}/100` : ' — ruled out'}`, '', info.summary, '', '### Why', '');
    for (const reason of r.reasons) out.push(`- **${formatEffect(reason.effect)}** ${reason.text} _(${reason.rule}, ${reason.source})_`);
    out.push('', '### Pros', '', ...info.pros.map((p) => `- ${p}`), '', '### Cons', '', ...info.cons.map((c) => `- ${c}`));
    out.push('', '### Limits', '', ...info.limits.map((l) => `- ${l.label}: ${l.value} (${l.source})`));
    if (plan) {
      const e = plan.estimate;
      out.push('', '### Estimate', '', `${e.lowDays}–${e.highDays} days, which ${FIT_WORDS[e.fit]} your ${plural(answers.timelineWeeks, 'week')}.`);
      if (e.blocker) out.push('', `**Blocker:** ${e.blocker}`);
      out.push('', ...e.assumptions.map((a) => `- ${a}`));
      if (plan.flavour) out.push('', `**Flavour:** ${plan.flavour.text}`);
      out.push('', '### Steps', '', ...plan.steps.map((s) => `- [ ] ${s.text}`));
    }
  }
  if (advice.readiness) {
    const r = advice.readiness;
    out.push('', `## Readiness for ${REGISTRY[r.method].label}`, '', `Judged on ${r.assessedOn}.`, '', '| Check | Status | What to do |', '| --- | --- | --- |');
    for (const i of r.items) out.push(`| ${i.title} | ${READY[i.status]} | ${md(i.text)} (${i.source}) |`);
    if (r.cuUpgradeSteps.length) out.push('', '### Bringing the servers to a supported cumulative update', '', ...r.cuUpgradeSteps.map((s, n) => `${n + 1}. ${s}`));
  }
  const id = advice.identity;
  out.push('', '## Sign-in', '', id.summary, '');
  for (const o of id.options) out.push(`- **${SIGN_IN_LABELS[o.method]}** (${o.score}/100): ${o.reasons.map((r) => `${formatEffect(r.effect)} ${r.text}`).join(' ')}`);
  if (id.applies) out.push('', id.backup);
  if (id.leaveAdfs) out.push('', `**${id.leaveAdfs}**`);
  out.push('', 'Needs that once called for AD FS, met in the cloud now:', '', ...id.cloudEquivalents.map((c) => `- ${c.need}: ${c.answer} (${c.source})`));
  if (advice.whatWouldChange) {
    const changes = advice.whatWouldChange.map((c) => `- ${c.text}`);
    out.push('', '## What would change the answer', '', ...(changes.length > 0 ? changes : [nothingWouldChange(advice.recommended)]));
  }
  if (advice.assumptions.length) out.push('', '## What we assumed', '', ...advice.assumptions.map((a) => `- ${a}`));
  out.push('', '## Sources', '', ...citedSources(advice).map((id) => `- ${id}: [${SOURCES_CITED[id].title}](${SOURCES_CITED[id].url})`));
  out.push('', `_Rules last checked ${advice.rulesVersion}._`, '');
  return out.join('\n');
}
