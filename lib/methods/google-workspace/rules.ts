import { LIMITS } from '../../facts/limits';
import { budgetRule, calendarRule, createUsersRule, largestItemRule, primaryOnlyRule, timelineRule } from '../../rules/shared';
import type { HardLimit, Rule } from '../../rules/types';

/** What rules Microsoft's Google Workspace migration out. */
export const googleWorkspaceLimits: readonly HardLimit[] = [
  {
    id: 'google-workspace.source-system',
    purpose: 'Microsoft’s Google Workspace migration reads from Google Workspace only.',
    fact: 'The Google Workspace migration uses a Google Cloud service account with domain-wide delegation over a Google Workspace domain; free Gmail accounts are IMAP sources.',
    source: 'M11',
    excludes: ({ answers, system }) => {
      if (answers.source === 'google-workspace') return null;
      return answers.source === 'imap-other'
        ? `Microsoft’s Google Workspace migration reads from a Google Workspace domain only, and ${system.short} is not one (free Gmail accounts move with IMAP).`
        : `Microsoft’s Google Workspace migration reads from a Google Workspace domain only, and ${system.short} is not one.`;
    },
  },
];

/** Rules for Microsoft's Google Workspace migration: mail, calendars and contacts through Google's APIs. */
export const googleWorkspaceRules: readonly Rule[] = [
  {
    id: 'google-workspace.native',
    purpose: 'Microsoft’s own path for Google Workspace.',
    fact: 'It moves mail, calendars, contacts and mail rules through Google’s APIs, with no per-user passwords (facts §9).',
    source: 'M11',
    fire: () => ({ effect: 25, text: 'Microsoft’s own migration for Google Workspace moves mail, calendars, contacts and mail rules through Google’s APIs, with no password or app password per user.' }),
  },
  {
    id: 'google-workspace.setup',
    purpose: 'The Google side takes some setting up.',
    fact: 'It needs a Google Cloud project, a service account with domain-wide delegation, the Gmail, Calendar and People APIs, and routing subdomains both ways.',
    source: 'M11',
    fire: ({ answers }) =>
      answers.dedicatedAdmin === false
        ? { effect: -10, text: 'It needs a Google Cloud project, a service account with domain-wide delegation, the Google APIs and routing subdomains both ways, and you have little admin time.' }
        : { effect: -5, text: 'It needs a Google Cloud project, a service account with domain-wide delegation, the Google APIs and routing subdomains both ways before the first batch.' },
  },
  {
    id: 'google-workspace.coexistence',
    purpose: 'Mail flows both ways during the move; free/busy does not.',
    fact: 'Routing subdomains carry mail between Google and Microsoft 365 while batches run; calendars are not shared across.',
    source: 'M11',
    fire: ({ answers }) =>
      answers.needCoexistence === true ? { effect: -10, text: 'Mail flows both ways while batches run, but moved and waiting people cannot see each other’s free/busy.' } : null,
  },
  createUsersRule('google-workspace', 'M11'),
  calendarRule('google-workspace', 10, 'Calendars, contacts and mail rules move with the mail (vacation replies, room bookings and shared calendars do not).', 'M11'),
  budgetRule(
    'google-workspace',
    'It is part of Exchange Online, with no tool to buy.',
    { low: [10, 'A low budget suits it: Microsoft’s Google Workspace migration is part of Exchange Online, with no tool to buy.'], medium: [5, 'It fits a medium budget easily: part of Exchange Online, with no tool to buy.'] },
    'M11',
  ),
  largestItemRule('google-workspace', LIMITS.googleLargestItemMb, -5),
  primaryOnlyRule('google-workspace'),
  timelineRule('google-workspace'),
];
