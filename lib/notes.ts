import type { Answers, Method, OptionalField } from './answers';
import { LIMITS, SOURCE_FACTS, supportEndedBy } from './facts';
import { formatCount } from './format-number';
import type { SourceId } from './sources';

/** A note that stands beside the ranking without changing it. */
export interface Note {
  id: string;
  text: string;
  source: SourceId;
}

/**
 * Notes for the whole advice: when to price a partner or third-party tool, mailbox sizes against quotas,
 * support status on the assessment date, and better paths for Google Workspace.
 * @example adviceNotes({ ...answers, mailboxCount: 6000 }, 'hybrid', '2026-11-24')[0].id // 'partner-tool'
 */
export function adviceNotes(a: Answers, recommended: Method | null, date: string): Note[] {
  const notes: Note[] = [];
  if (a.mailboxCount > LIMITS.partnerMailboxes || a.source === 'hosted-exchange' || recommended === null) {
    const why =
      recommended === null ? 'no built-in method fits these answers'
      : a.source === 'hosted-exchange' ? 'hosted Exchange limits what the built-in methods can reach'
      : `with more than ${formatCount(LIMITS.partnerMailboxes)} mailboxes the move is large and complex`;
    notes.push({ id: 'partner-tool', text: `Worth pricing a migration partner or a third-party migration tool: ${why}. The ranking below still shows what the built-in methods can do.`, source: 'M1' });
  }
  if (a.source === 'google-workspace' && a.moveCalendarContacts === true) {
    notes.push({ id: 'google-workspace-migration', text: 'Microsoft’s Google Workspace migration (a variant of the IMAP path) also moves calendars and contacts: prefer it to a plain IMAP migration.', source: 'M11' });
  }
  const largest = a.largestMailboxGb;
  if (largest !== undefined && largest > LIMITS.mailboxMoveCeilingGb) {
    notes.push({ id: 'mailbox-too-large', text: `A ${largest} GB mailbox is beyond what can be moved as it is (about ${LIMITS.mailboxMoveCeilingGb} GB): split it into an archive or clean it up first.`, source: 'M7' });
  } else if (largest !== undefined && largest > LIMITS.mailboxQuotaGb.standard) {
    const plan = largest > LIMITS.mailboxQuotaGb.e3 ? 'is over even the 100 GB of E3/E5: it needs an archive mailbox' : 'is over the 50 GB of Business and Plan 1 licences: it needs E3/E5 (100 GB) or an archive';
    notes.push({ id: 'mailbox-quota', text: `Your largest mailbox (${largest} GB) ${plan}.`, source: 'M7' });
  }
  const end = supportEndedBy(a.source, date);
  if (end !== null) {
    notes.push({ id: 'source-out-of-support', text: `${SOURCE_FACTS[a.source].label} has been out of extended support since ${end}: no security fixes, so move soon. This raises the risk; it does not rule any method out.`, source: 'M9' });
  }
  return notes;
}

const ASSUMED = {
  keepOnPremises: 'Whether accounts must stay managed on-premises is not known: no rule about it was applied. If they must, cutover is ruled out and hybrid gains.',
  directorySync: 'Whether directory sync runs today is not known: setup estimates assume it still has to be installed where a method needs it.',
  needCoexistence: 'Whether people need shared free/busy during the move is not known: coexistence was not weighed.',
  moveCalendarContacts: 'Whether calendars and contacts must move is not known: IMAP was not marked down for leaving them behind.',
  largestMailboxGb: 'The largest mailbox is not known: quotas and the pace of one big mailbox were not checked.',
  largestItemMb: 'The largest item is not known: item size limits (35 MB IMAP, 150 MB others) were not checked.',
  dedicatedAdmin: 'How much admin time there is is not known: admin effort was not weighed.',
  onLatestCu: 'Whether the servers are on a current cumulative update is not known: hybrid was not marked down, but check it before you start.',
  signInPolicies: 'Whether on-premises sign-in rules must apply is not known: sign-in advice assumes they need not.',
  existingAdfs: 'Whether an AD FS farm runs today is not known: sign-in advice assumes none.',
  thirdPartyMfa: 'Whether third-party MFA or smart cards are used is not known: sign-in advice assumes not.',
  clientIpRestriction: 'Whether sign-in must be limited by client IP is not known: sign-in advice assumes not.',
} as const satisfies Record<OptionalField, string>;

/** What the advice assumed for each optional answer left out. */
export function assumptionsFor(a: Answers): string[] {
  return (Object.keys(ASSUMED) as OptionalField[]).filter((f) => a[f] === undefined).map((f) => ASSUMED[f]);
}
