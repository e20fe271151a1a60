import { ANSWER_ROWS, type QuestionField } from './answer-fields';
import type { Answers } from './answers';
import type { Method, Note } from './advice';
import { LIMITS } from './facts/limits';
import { SOURCE_SYSTEMS, supportEndedBy } from './facts/source-systems';
import { formatCount } from './format';

/**
 * Notes for the whole advice: when to price a partner or third-party tool, mailbox sizes against quotas,
 * support status on the assessment date, and better paths for Google Workspace.
 * @example adviceNotes({ ...answers, mailboxCount: 6000 }, 'hybrid', '2026-11-24')[0].id // 'partner-tool'
 */
export function adviceNotes(a: Answers, recommended: Method | null, date: string): Note[] {
  const notes: Note[] = [];
  const partner = LIMITS.partnerMailboxes.value;
  if (a.mailboxCount > partner || a.source === 'hosted-exchange' || recommended === null) {
    const why =
      recommended === null ? 'no built-in method fits these answers'
      : a.source === 'hosted-exchange' ? 'hosted Exchange limits what the built-in methods can reach'
      : `with more than ${formatCount(partner)} mailboxes the move is large and complex`;
    notes.push({ id: 'partner-tool', text: `Worth pricing a migration partner or a third-party migration tool: ${why}. The ranking below still shows what the built-in methods can do.`, source: 'M1' });
  }
  if (a.source === 'google-workspace' && a.moveCalendarContacts === true) {
    notes.push({ id: 'google-workspace-migration', text: 'Microsoft’s Google Workspace migration (a variant of the IMAP path) also moves calendars and contacts: prefer it to a plain IMAP migration.', source: 'M11' });
  }
  const largest = a.largestMailboxGb;
  const { standardQuotaGb: standard, e3QuotaGb: e3, mailboxMoveCeilingGb: ceiling } = LIMITS;
  if (largest !== undefined && largest > ceiling.value) {
    notes.push({ id: 'mailbox-too-large', text: `A ${largest} GB mailbox is beyond what can be moved as it is (about ${ceiling.value} GB): split it into an archive or clean it up first.`, source: 'M7' });
  } else if (largest !== undefined && largest > standard.value) {
    const plan = largest > e3.value ? `is over even the ${e3.value} GB of E3/E5: it needs an archive mailbox` : `is over the ${standard.value} GB of Business and Plan 1 licences: it needs E3/E5 (${e3.value} GB) or an archive`;
    notes.push({ id: 'mailbox-quota', text: `Your largest mailbox (${largest} GB) ${plan}.`, source: 'M7' });
  }
  const end = supportEndedBy(a.source, date);
  if (end !== null) {
    notes.push({ id: 'source-out-of-support', text: `${SOURCE_SYSTEMS[a.source].label} has been out of extended support since ${end}: no security fixes, so move soon. This raises the risk; it does not rule any method out.`, source: 'M9' });
  }
  return notes;
}

/** What the advice assumed for each optional answer left out, in question order. */
export function assumptionsFor(a: Answers): string[] {
  const out: string[] = [];
  for (const field of Object.keys(ANSWER_ROWS) as QuestionField[]) {
    const assumed = ANSWER_ROWS[field].assumed;
    if (assumed !== undefined && a[field] === undefined) out.push(assumed);
  }
  return out;
}
