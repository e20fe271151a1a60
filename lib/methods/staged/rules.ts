import { LIMITS } from '../../facts/limits';
import { formatCount, plural } from '../../format';
import { ramp } from '../../rules/ramp';
import { archivesToPstRule, budgetRule, calendarRule, largestItemRule, primaryOnlyRule, publicFoldersLeftRule, timelineRule, tlsRule } from '../../rules/shared';
import type { HardLimit, Rule } from '../../rules/types';

const { stagedBatchRows: ROWS, cutoverMaxMailboxes: CUTOVER_MAX, cutoverRecommendedMailboxes: RECOMMENDED } = LIMITS;

/** What rules a staged migration out. */
export const stagedLimits: readonly HardLimit[] = [
  {
    id: 'staged.source-system',
    purpose: 'Staged works only from Exchange 2003 or 2007.',
    fact: 'Staged migration is offered only for Exchange 2003 and 2007, and needs your own Exchange and Active Directory.',
    source: 'M3',
    excludes: ({ family, system }) => {
      if (family === 'legacy-exchange') return null;
      return {
        'modern-exchange': `Staged migration is offered only from Exchange 2003 or 2007; from ${system.short} use hybrid or cutover.`,
        'hosted-exchange': 'Staged needs your own Exchange and Active Directory synced to Microsoft 365; a provider’s shared Exchange offers neither.',
        imap: `Staged moves mailboxes out of your own Exchange servers, and ${system.short} is not Exchange.`,
      }[family];
    },
  },
];

/** Rules for a staged migration: batches from Exchange 2003 or 2007, with directory sync. */
export const stagedRules: readonly Rule[] = [
  tlsRule('staged', 'staged batches from it usually fail to connect: they work'),
  {
    id: 'staged.mailbox-count',
    purpose: 'Batches suit larger legacy estates.',
    fact: `Microsoft recommends staged for Exchange 2003 and 2007 with more than ${RECOMMENDED.value} mailboxes; each batch holds up to ${formatCount(ROWS.value)} rows and batches repeat.`,
    source: 'M1',
    fire: ({ answers: { mailboxCount: n }, system }) => {
      const effect = ramp(n, [[RECOMMENDED.value, 0], [200, 12], [CUTOVER_MAX.value, 25]]);
      if (effect === 0) return null;
      return n > CUTOVER_MAX.value
        ? { effect, text: `With ${plural(n, 'mailbox', 'mailboxes')} on ${system.short}, batches are the documented path: a cutover stops at ${formatCount(CUTOVER_MAX.value)}.` }
        : { effect, text: `With ${plural(n, 'mailbox', 'mailboxes')} on ${system.short}, moving in batches spreads the load and the helpdesk work over weeks.` };
    },
  },
  {
    id: 'staged.directory-sync',
    purpose: 'Staged needs directory sync before the first batch.',
    fact: 'Cloud users for a staged migration come from on-premises AD through directory sync.',
    source: 'M3',
    fire: ({ answers }) => {
      if (answers.directorySync === 'in-place') return { effect: 10, text: 'Directory sync is already running, which staged requires.' };
      if (answers.directorySync === 'none') return { effect: -5, text: 'Staged needs directory sync running before the first batch, and you have none yet.' };
      return null;
    },
  },
  {
    id: 'staged.keep-on-premises',
    purpose: 'Staged keeps directory sync, so accounts stay on-premises.',
    fact: 'Directory sync stays in place after a staged migration.',
    source: 'M3',
    fire: ({ answers }) => (answers.keepOnPremises === true ? { effect: 10, text: 'Accounts stay managed on-premises, because directory sync stays in place.' } : null),
  },
  {
    id: 'staged.coexistence',
    purpose: 'Staged offers no cross-premises free/busy.',
    fact: 'Moved and not-yet-moved users cannot see each other’s free/busy in a staged migration.',
    source: 'M3',
    fire: ({ answers }) =>
      answers.needCoexistence === true
        ? { effect: -15, text: 'You need shared free/busy during the move, but moved and waiting users cannot see each other’s calendars in a staged migration.' }
        : null,
  },
  {
    id: 'staged.admin-time',
    purpose: 'Batches need an admin throughout.',
    fact: 'Each batch needs planning, a CSV, profile rebuilds and follow-up.',
    source: 'M3',
    fire: ({ answers }) => (answers.dedicatedAdmin === false ? { effect: -15, text: 'Weeks of batches need an admin on the move most days, and you have little admin time.' } : null),
  },
  {
    id: 'staged.transport-enforcement',
    purpose: 'Out-of-date servers that forward mail to moved users meet Exchange Online’s throttling.',
    fact: 'Exchange Online throttles (450 4.7.230) and then blocks (550 5.7.230) mail sent by out-of-date on-premises Exchange servers (facts §9).',
    source: 'M15',
    fire: ({ system }) => ({
      effect: -5,
      text: `While batches run, your ${system.short} servers forward mail for moved users to Exchange Online, which throttles and then blocks mail from out-of-date servers: plan short batches, and know how to pause the enforcement.`,
    }),
  },
  archivesToPstRule('staged', 'staged batches'),
  budgetRule('staged', 'It costs admin time more than money, with no extra servers to buy.', {
    low: [5, 'A staged migration costs admin time more than money, so a low budget can carry it.'],
    medium: [10, 'A medium budget covers staged batches well: admin time more than money, no extra servers to buy.'],
    high: [5, 'A staged migration needs little of a high budget: it costs admin time more than money.'],
  }),
  calendarRule('staged'),
  largestItemRule('staged', LIMITS.mrsLargestItemMb, -5),
  primaryOnlyRule('staged'),
  publicFoldersLeftRule('staged'),
  timelineRule('staged'),
];
