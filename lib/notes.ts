import { isAsked, QUESTIONS } from './questions';
import type { Answers } from './answers';
import type { Method, Note } from './advice';
import { LIMITS } from './facts/limits';
import { SOURCE_SYSTEMS, supportEndedBy } from './facts/source-systems';
import { formatCount, formatDate } from './format';

/**
 * Notes for the whole advice, beside the ranking: mailbox sizes against quotas and what can be moved, and support
 * status on the assessment date.
 * @example adviceNotes({ ...answers, largestMailboxGb: 400 }, 'hybrid', '2026-11-25')[0].id // 'mailbox-too-large'
 */
export function adviceNotes(a: Answers, _recommended: Method | null, date: string): Note[] {
  const notes: Note[] = [];
  const largest = a.largestMailboxGb;
  const { standardQuotaGb: standard, e3QuotaGb: e3, mailboxMoveCeilingGb: ceiling } = LIMITS;
  if (largest !== undefined && largest > ceiling.value) {
    notes.push({ id: 'mailbox-too-large', text: `A ${formatCount(largest)} GB mailbox is over the ${ceiling.value} GB Microsoft supports moving as it is: no method can move it until it is made smaller. The estimates leave it out; the readiness checklist says how to split it.`, source: ceiling.source });
  } else if (largest !== undefined && largest > standard.value) {
    const plan = largest > e3.value ? `is over even the ${e3.value} GB of E3/E5: it needs an archive mailbox` : `is over the ${standard.value} GB of Business and Plan 1 licences: it needs E3/E5 (${e3.value} GB) or an archive`;
    notes.push({ id: 'mailbox-quota', text: `Your largest mailbox (${formatCount(largest)} GB) ${plan}.`, source: 'M7' });
  }
  const end = supportEndedBy(a.source, date);
  if (end !== null) {
    notes.push({ id: 'source-out-of-support', text: `${SOURCE_SYSTEMS[a.source].label} has been out of extended support since ${formatDate(end)}: no more fixes, so move soon. This raises the risk; it does not rule any method out.`, source: 'M9' });
  }
  return notes;
}

/** What the advice assumed for each optional answer left out, in question order (only questions asked for this source). */
export function assumptionsFor(a: Answers): string[] {
  const out: string[] = [];
  for (const q of QUESTIONS) {
    if (q.assumed !== undefined && a[q.field] === undefined && isAsked(q, a.source)) out.push(q.assumed);
  }
  return out;
}
