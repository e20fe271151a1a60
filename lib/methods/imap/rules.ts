import { LIMITS } from '../../facts/limits';
import { formatCount } from '../../format';
import { budgetRule, largestItemRule, timelineRule } from '../../rules/shared';
import type { Rule } from '../../rules/types';

const ROWS = LIMITS.imapBatchRows;
/** Above this many users, creating and licensing them all first is real work (our threshold). */
const MANY_USERS_FROM = 500;

/** Rules for an IMAP migration: email only, from any IMAP server. */
export const imapRules: readonly Rule[] = [
  {
    id: 'imap.source-system',
    purpose: 'IMAP is the native path for IMAP systems and a fallback for Exchange.',
    fact: 'IMAP migration moves mail from Gmail/Google Workspace and any IMAP server; from Exchange it moves email only.',
    source: 'M4',
    fire: ({ family, sourceLabel }) => {
      if (family === 'imap') return { effect: 25, text: `Mail from ${sourceLabel} moves with an IMAP migration: the Exchange-only methods cannot reach it.` };
      if (family === 'hosted-exchange') return { effect: 15, text: 'Hosted Exchange providers usually offer IMAP, which needs no special access from the provider.' };
      return { effect: -30, text: `From your own ${sourceLabel}, IMAP moves email only; the Exchange methods also bring calendars, contacts and tasks.` };
    },
  },
  {
    id: 'imap.calendar-contacts',
    purpose: 'IMAP leaves calendars, contacts and tasks behind.',
    fact: 'IMAP migration moves email only; Google Workspace migration also moves calendars and contacts.',
    source: 'M4',
    fire: ({ answers }) => {
      if (answers.moveCalendarContacts !== true) return null;
      const google = answers.source === 'google-workspace' ? ' Microsoft’s Google Workspace migration moves them too: consider it.' : ' Users would move them by hand.';
      return { effect: -15, text: `IMAP moves email only, and you need calendars, contacts and tasks to come along.${google}` };
    },
  },
  {
    id: 'imap.create-users',
    purpose: 'Every mailbox must exist in Microsoft 365 before its mail moves.',
    fact: 'IMAP migration needs the users created and licensed first.',
    source: 'M4',
    fire: ({ answers }) =>
      answers.mailboxCount > MANY_USERS_FROM
        ? { effect: -5, text: `All ${formatCount(answers.mailboxCount)} users must be created and licensed in Microsoft 365 before their mail can move.` }
        : null,
  },
  {
    id: 'imap.batch-size',
    purpose: `One IMAP batch holds up to ${formatCount(ROWS.value)} rows.`,
    fact: `An IMAP batch CSV holds up to ${formatCount(ROWS.value)} rows and ${LIMITS.imapBatchFileMb.value} MB.`,
    source: ROWS.source,
    fire: ({ answers }) =>
      answers.mailboxCount > ROWS.value
        ? { effect: -5, text: `${formatCount(answers.mailboxCount)} mailboxes need several IMAP batches: one holds up to ${formatCount(ROWS.value)}.` }
        : null,
  },
  {
    id: 'imap.keep-on-premises',
    purpose: 'IMAP keeps no link with on-premises accounts.',
    fact: 'From Exchange, keeping accounts on-premises points to hybrid (2010+) or staged (2003/2007).',
    source: 'M1',
    fire: ({ answers, family }) =>
      answers.keepOnPremises === true && (family === 'modern-exchange' || family === 'legacy-exchange')
        ? { effect: -15, text: 'You need accounts managed on-premises, and an IMAP copy keeps no link with your Active Directory.' }
        : null,
  },
  {
    id: 'imap.coexistence',
    purpose: 'IMAP offers no coexistence.',
    fact: 'IMAP copies mail; it shares no free/busy or address book.',
    source: 'M4',
    fire: ({ answers }) =>
      answers.needCoexistence === true ? { effect: -10, text: 'You need shared free/busy during the move, which an IMAP copy does not give.' } : null,
  },
  budgetRule('imap', 'IMAP migration', { low: 15, medium: 5, high: 0 }, 'it needs nothing but the source’s IMAP access and admin time.'),
  largestItemRule('imap', LIMITS.imapLargestItemMb, -10),
  timelineRule('imap', 'M8'),
];
