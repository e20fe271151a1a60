import { LIMITS } from '../../facts/limits';
import { formatCount } from '../../format';
import { archivesToPstRule, budgetRule, createUsersRule, largestItemRule, primaryOnlyRule, publicFoldersLeftRule, timelineRule } from '../../rules/shared';
import type { Rule } from '../../rules/types';

const ROWS = LIMITS.imapBatchRows;

/** Rules for an IMAP migration: email only, from any IMAP server. */
export const imapRules: readonly Rule[] = [
  {
    id: 'imap.source-system',
    purpose: 'IMAP is the native path for IMAP systems, a fallback for Google Workspace and hosted Exchange, and a poor one for your own Exchange.',
    fact: 'IMAP migration moves mail from Gmail, Google Workspace and any IMAP server; from Exchange it moves email only.',
    source: 'M4',
    fire: ({ answers, family, system }) => {
      if (answers.source === 'google-workspace') return { effect: 15, text: 'IMAP can copy Google Workspace mail, but Microsoft’s Google Workspace migration is the better path: IMAP is the fallback, for mail only.' };
      if (family === 'imap') return { effect: 25, text: `Mail from ${system.short} moves with an IMAP migration: the Exchange-only methods cannot reach it.` };
      if (family === 'hosted-exchange') return { effect: 10, text: 'Hosted Exchange providers usually offer IMAP, a way round the full access a cutover would need.' };
      return { effect: -40, text: `From your own ${system.short}, IMAP moves email only; the Exchange methods also bring calendars, contacts and tasks.` };
    },
  },
  {
    id: 'imap.google-prerequisites',
    purpose: 'IMAP from Google needs per-user preparation.',
    fact: 'IMAP from Gmail or Google Workspace needs IMAP on, 2-Step Verification and an app password per user (facts §9).',
    source: 'M19',
    fire: ({ answers }) =>
      answers.source === 'google-workspace'
        ? { effect: -10, text: 'IMAP from Google needs IMAP turned on, 2-Step Verification and an app password for every user: Google refuses a plain password.' }
        : null,
  },
  {
    id: 'imap.hosted-access',
    purpose: 'IMAP from hosted Exchange still needs a way into every mailbox.',
    fact: 'IMAP migration signs in to each mailbox with its password, or with an admin login that has full access (facts §9).',
    source: 'M4',
    fire: ({ family }) =>
      family === 'hosted-exchange'
        ? { effect: -5, text: 'IMAP from hosted Exchange still needs every user’s password, or an admin login with full access to every mailbox from your provider.' }
        : null,
  },
  {
    id: 'imap.calendar-contacts',
    purpose: 'IMAP leaves calendars, contacts and tasks behind.',
    fact: 'IMAP migration moves email only; Google Workspace migration and migration tools also move calendars and contacts.',
    source: 'M4',
    fire: ({ answers }) => {
      if (answers.moveCalendarContacts !== true) return null;
      const elsewhere = answers.source === 'google-workspace' ? ' Microsoft’s Google Workspace migration moves them.' : ' A migration tool can move them; otherwise users move them by hand.';
      return { effect: -15, text: `IMAP moves email only, and you need calendars, contacts and tasks to come along.${elsewhere}` };
    },
  },
  createUsersRule('imap', 'M4'),
  {
    id: 'imap.batch-size',
    purpose: `One IMAP batch holds up to ${formatCount(ROWS.value)} rows.`,
    fact: `An IMAP batch CSV holds up to ${formatCount(ROWS.value)} rows and ${LIMITS.imapBatchFileMb.value} MB.`,
    source: ROWS.source,
    fire: ({ answers }) =>
      answers.mailboxCount > ROWS.value ? { effect: -5, text: `${formatCount(answers.mailboxCount)} mailboxes need several IMAP batches: one holds up to ${formatCount(ROWS.value)}.` } : null,
  },
  {
    id: 'imap.keep-on-premises',
    purpose: 'IMAP keeps no link with on-premises accounts.',
    fact: 'From your own Exchange, keeping accounts on-premises points to hybrid (2010+) or staged (2003/2007).',
    source: 'M1',
    fire: ({ answers, family }) =>
      answers.keepOnPremises === true && (family === 'modern-exchange' || family === 'legacy-exchange')
        ? { effect: -25, text: 'You need accounts managed on-premises, and an IMAP copy keeps no link with your Active Directory: from your own Exchange, hybrid is built for that.' }
        : null,
  },
  {
    id: 'imap.coexistence',
    purpose: 'IMAP offers no coexistence.',
    fact: 'IMAP copies mail; it shares no free/busy or address book.',
    source: 'M4',
    fire: ({ answers }) => (answers.needCoexistence === true ? { effect: -10, text: 'You need shared free/busy during the move, which an IMAP copy does not give.' } : null),
  },
  archivesToPstRule('imap', 'an IMAP copy'),
  budgetRule('imap', 'It needs nothing but IMAP access to the source and admin time.', {
    low: [15, 'A low budget suits IMAP: it needs nothing but IMAP access to the source and admin time.'],
    medium: [5, 'IMAP fits a medium budget easily: nothing to buy.'],
  }),
  largestItemRule('imap', LIMITS.imapLargestItemMb, -10),
  primaryOnlyRule('imap'),
  publicFoldersLeftRule('imap'),
  timelineRule('imap'),
];
