import { LIMITS } from '../../facts/limits';
import { formatCount } from '../../format';
import { budgetRule, calendarRule, largestItemRule, timelineRule } from '../../rules/shared';
import type { Rule } from '../../rules/types';

const { stagedBatchRows: ROWS, cutoverMaxMailboxes: CUTOVER_MAX, cutoverRecommendedMailboxes: RECOMMENDED } = LIMITS;

/** Rules for a staged migration: batches from Exchange 2003 or 2007, with directory sync. */
export const stagedRules: readonly Rule[] = [
  {
    id: 'staged.source-system',
    purpose: 'Staged works only from Exchange 2003 or 2007.',
    fact: 'Staged migration is offered only for Exchange 2003 and 2007, and needs your own Exchange and Active Directory.',
    source: 'M3',
    fire: ({ family, sourceLabel }) => {
      if (family === 'legacy-exchange') return null;
      const text = {
        'modern-exchange': `Staged migration is offered only from Exchange 2003 or 2007; from ${sourceLabel} use hybrid or cutover.`,
        'hosted-exchange': 'Staged needs your own Exchange and Active Directory synced to Microsoft 365; a provider’s shared Exchange offers neither.',
        imap: `Staged moves mailboxes from Exchange 2003 or 2007; ${sourceLabel} is not Exchange.`,
      }[family];
      return { effect: 'excludes', text };
    },
  },
  {
    id: 'staged.mailbox-count',
    purpose: 'Batches suit larger legacy estates.',
    fact: `Each batch holds up to ${formatCount(ROWS.value)} rows and batches repeat with no total ceiling.`,
    source: 'M1',
    fire: ({ answers: { mailboxCount: n } }) => {
      if (n > CUTOVER_MAX.value) return { effect: 25, text: `With ${formatCount(n)} mailboxes on Exchange 2003 or 2007, batches are the documented path: cutover stops at ${formatCount(CUTOVER_MAX.value)}.` };
      if (n > RECOMMENDED.value) return { effect: 10, text: `With ${formatCount(n)} mailboxes, moving in batches spreads the load and the helpdesk work over weeks.` };
      return null;
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
    fire: ({ answers }) =>
      answers.keepOnPremises === true ? { effect: 10, text: 'Accounts stay managed on-premises, because directory sync stays in place.' } : null,
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
    fire: ({ answers }) =>
      answers.dedicatedAdmin === false ? { effect: -15, text: 'Weeks of batches need an admin on the move most days, and you have little admin time.' } : null,
  },
  budgetRule('staged', 'Staged migration', { low: 5, medium: 10, high: 5 }, 'it costs admin time more than money, with no extra servers to buy.'),
  calendarRule('staged'),
  largestItemRule('staged', LIMITS.mrsLargestItemMb, -5),
  timelineRule('staged', 'M8'),
];
