import type { Answers } from '../answers';
import type { Advice } from '../advice';
import { formatDate, formatEffect } from '../format';
import { SIGN_IN_LABELS } from '../identity';
import { REGISTRY } from '../methods';
import { SOURCES_CITED } from '../sources';
import { citedSources } from './sources';
import { nothingWouldChange } from '../what-would-change';
import { durationSentence, FIT_LABEL, overview } from './overview';
import { answerRows, rulesApplied } from './summary';

const READY = { pass: 'ready', 'needs-work': 'needs work', unknown: 'to check' } as const;

/** Escapes characters Markdown would read as formatting, so text from answers stays text. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

/**
 * A Markdown report a consultant can paste into a proposal (the same as the results page's download).
 * @example formatMarkdown(answers, assess(answers)).startsWith('# Mail migration advice') // true
 */
export function formatMarkdown(answers: Answers, advice: Advice): string {
  const out: string[] = ['# Mail migration advice for Microsoft 365', ''];
  const top = advice.recommended;
  const o = overview(answers, advice);
  out.push(o.title && top ? `**Recommended: ${o.title}.** ${REGISTRY[top].catalogue.summary}` : '**None of the methods fits these answers.**', '');
  if (o.deciding.length) out.push('## Why', '', ...o.deciding.map((r) => `- **${formatEffect(r.effect)}** ${r.text}`), '');
  if (o.duration) out.push('## How long it may take', '', `**${FIT_LABEL[o.duration.fit]}.** ${o.duration.sentence}`, ...o.otherDurations.map((d) => `- ${d.label}: ${d.sentence}`), '');
  if (o.readiness) out.push('## Readiness at a glance', '', o.readiness.sentence, '');
  if (o.risks.length) out.push('## Risks', '', ...o.risks.map((r) => `- ${md(r)}`), '');
  if (o.steps.length) out.push('## Next steps', '', ...o.steps.map((st, i) => `${i + 1}. ${st}`), '');
  out.push('## Your answers', '', '| Question | Answer |', '| --- | --- |');
  for (const row of answerRows(answers)) out.push(`| ${row.label} | ${md(row.value)} |`);
  out.push('', '## Ranking', '', '| Method | Score | Status |', '| --- | ---: | --- |');
  for (const r of advice.ranking) out.push(`| ${REGISTRY[r.method].label} | ${r.score} | ${r.viable ? 'possible' : 'ruled out'} |`);
  for (const note of advice.notes) out.push('', `> **Note:** ${note.text} (${note.source})`);
  for (const r of advice.ranking) {
    const info = REGISTRY[r.method].catalogue;
    const plan = advice.plans[r.method];
    out.push('', `## ${REGISTRY[r.method].label}${r.viable ? ` — ${r.score}/100` : ' — ruled out'}`, '', info.summary, '', '### Why', '');
    for (const reason of r.reasons) out.push(`- **${formatEffect(reason.effect)}** ${reason.text} _(${reason.source})_`);
    out.push('', '### Pros', '', ...info.pros.map((p) => `- ${p}`), '', '### Cons', '', ...info.cons.map((c) => `- ${c}`));
    out.push('', '### Limits', '', ...info.limits.map((l) => `- ${l.label}: ${l.value} (${l.source})`));
    if (plan) {
      const e = plan.estimate;
      out.push('', '### Estimate', '', durationSentence(e, answers.timelineWeeks));
      if (e.blocker) out.push('', `**Blocker:** ${e.blocker}`);
      out.push('', ...e.assumptions.map((a) => `- ${a}`));
      if (plan.flavour) out.push('', `**Flavour:** ${plan.flavour.text}`);
      out.push('', '### Steps', '', ...plan.steps.map((s) => `- [ ] ${s.text}`));
    }
  }
  if (advice.readiness) {
    const r = advice.readiness;
    out.push('', `## Readiness for ${REGISTRY[r.method].label}`, '', `Judged on ${formatDate(r.assessedOn)}.`, '', '| Check | Status | What to do |', '| --- | --- | --- |');
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
  out.push('', '## Appendix: the rules behind each score', '', '| Method | Rule | Effect | Source |', '| --- | --- | ---: | --- |');
  for (const r of rulesApplied(advice)) out.push(`| ${r.method} | ${r.rule} | ${r.effect} | ${r.source} |`);
  out.push('', `_Rules last checked ${formatDate(advice.rulesVersion)}._`, '');
  return out.join('\n');
}
