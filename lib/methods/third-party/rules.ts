import { DATES, happened } from '../../facts/dates';
import { LIMITS } from '../../facts/limits';
import { formatCount, formatDate } from '../../format';
import { ramp } from '../../rules/ramp';
import { budgetRule, largestItemRule, timelineRule } from '../../rules/shared';
import type { Rule } from '../../rules/types';

const PARTNER = LIMITS.partnerMailboxes;

/** Rules for a third-party migration tool or partner: copies over APIs, paid per mailbox, vendor-neutral. */
export const thirdPartyRules: readonly Rule[] = [
  {
    id: 'third-party.hosted-exchange',
    purpose: 'A migration tool is the usual answer for hosted Exchange.',
    fact: 'Providers seldom grant what a cutover needs, and IMAP moves mail only; tools copy mail, calendars and contacts with admin access a provider can grant (facts §9).',
    source: 'M1',
    fire: ({ family }) =>
      family === 'hosted-exchange'
        ? { effect: 25, text: 'For hosted Exchange a migration tool is the usual answer: it copies mail, calendars and contacts with the admin access your provider can grant, where a cutover needs more and IMAP moves mail only.' }
        : null,
  },
  {
    id: 'third-party.out-of-reach',
    purpose: 'A tool reaches sources the migration service cannot.',
    fact: 'Microsoft 365 requires TLS 1.2, which Exchange 2003 on Windows Server 2003 cannot offer; a tool on your network reads the server locally (facts §9).',
    source: 'M21',
    fire: ({ system }) =>
      system.tls12 === 'no'
        ? { effect: 35, text: `${system.short} cannot offer the TLS 1.2 Microsoft 365 requires; a tool running on your network reads it locally and writes to Microsoft 365 itself.` }
        : null,
  },
  {
    id: 'third-party.imap-calendars',
    purpose: 'Calendars and contacts from an IMAP system move only with a tool.',
    fact: 'IMAP migration moves email only; tools also read calendars and contacts from many mail systems.',
    source: 'M4',
    fire: ({ answers }) =>
      answers.source === 'imap-other' && answers.moveCalendarContacts === true
        ? { effect: 20, text: 'Your calendars and contacts must come too, and from an IMAP system only a tool that reads them (over CalDAV, CardDAV or the system’s own interface) moves them.' }
        : null,
  },
  {
    id: 'third-party.calendar-contacts',
    purpose: 'Tools carry calendars and contacts with the mail.',
    fact: 'Migration tools copy mail, calendars and contacts.',
    source: 'M1',
    fire: ({ answers }) => (answers.moveCalendarContacts === true ? { effect: 5, text: 'Calendars and contacts move with the mail.' } : null),
  },
  {
    id: 'third-party.size',
    purpose: 'Very large or complex estates suit a partner or tool.',
    fact: `Microsoft suggests a partner for more than ${formatCount(PARTNER.value)} mailboxes.`,
    source: PARTNER.source,
    fire: ({ answers }) => {
      const effect = ramp(answers.mailboxCount, [[2000, 0], [PARTNER.value, 10], [20_000, 15]]);
      return effect === 0 ? null : { effect, text: `With ${formatCount(answers.mailboxCount)} mailboxes, a partner or tool brings scheduling, reporting and more copies at once; Microsoft suggests a partner above ${formatCount(PARTNER.value)}.` };
    },
  },
  {
    id: 'third-party.built-in-reach',
    purpose: 'Where a built-in method reaches the source, a tool adds cost more than reach.',
    fact: 'Cutover, staged and hybrid reach your own Exchange; Microsoft’s Google Workspace migration reaches Google Workspace; IMAP reaches IMAP systems (facts §2).',
    source: 'M1',
    fire: ({ answers, family, system }) => {
      if (family === 'hosted-exchange' || system.tls12 === 'no') return null;
      if (family === 'legacy-exchange' || family === 'modern-exchange') return { effect: -15, text: `The built-in methods reach your own ${system.short} with no licence per mailbox; a tool adds cost more than reach.` };
      if (answers.source === 'google-workspace') return { effect: -10, text: 'Microsoft’s Google Workspace migration already moves mail, calendars and contacts, with no licence per mailbox.' };
      return answers.moveCalendarContacts === true ? null : { effect: -10, text: 'IMAP already moves the mail, with no licence per mailbox.' };
    },
  },
  {
    id: 'third-party.ews',
    purpose: 'Tools that still write through EWS stop working in Exchange Online.',
    fact: 'EWS in Exchange Online is being switched off for third-party apps from October 2026: tools must use Microsoft Graph (facts §9).',
    source: 'M14',
    fire: ({ date }) =>
      happened(DATES.ewsRetirementStarts, date)
        ? { effect: -5, text: `Exchange Web Services in Exchange Online has been switched off in phases for third-party apps since ${formatDate(DATES.ewsRetirementStarts.date)}: choose a tool that writes through Microsoft Graph, and check it before you buy.` }
        : null,
  },
  {
    id: 'third-party.admin-time',
    purpose: 'A partner or tool carries much of the work.',
    fact: 'Tools schedule batches and delta syncs; partners run them.',
    source: 'M1',
    fire: ({ answers }) => (answers.dedicatedAdmin === false ? { effect: 10, text: 'With little admin time, a partner can run the move and a tool schedules the batches and syncs itself.' } : null),
  },
  {
    id: 'third-party.coexistence',
    purpose: 'A copy gives no shared free/busy.',
    fact: 'Tools copy mailboxes; moved and waiting people do not share free/busy.',
    source: 'M1',
    fire: ({ answers }) => (answers.needCoexistence === true ? { effect: -10, text: 'You need shared free/busy during the move, which a copy between two systems does not give.' } : null),
  },
  {
    id: 'third-party.public-folders',
    purpose: 'Many tools move public folders too.',
    fact: 'Only hybrid has Microsoft’s public folder path; many migration tools also copy public folders.',
    source: 'M20',
    fire: ({ answers, family }) =>
      family !== 'imap' && (answers.publicFoldersGb ?? 0) > 0 ? { effect: 5, text: 'Many tools copy public folders too: ask for it when you compare them.' } : null,
  },
  budgetRule('third-party', 'A tool is paid per mailbox, and a partner’s days come on top.', {
    low: [-25, 'A tool is paid per mailbox, and a partner’s days come on top: hard on a low budget.'],
    medium: [-5, 'A tool’s price per mailbox takes a share of a medium budget.'],
    high: [5, 'A high budget covers a tool’s price per mailbox, and a partner if you want one.'],
  }),
  largestItemRule('third-party', LIMITS.mrsLargestItemMb, -5),
  timelineRule('third-party'),
];
