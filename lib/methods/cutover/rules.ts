import { LIMITS } from '../../facts/limits';
import { formatCount, plural } from '../../format';
import { ramp } from '../../rules/ramp';
import { archivesToPstRule, budgetRule, calendarRule, largestItemRule, primaryOnlyRule, publicFoldersLeftRule, timelineRule, tlsRule } from '../../rules/shared';
import type { HardLimit, Rule } from '../../rules/types';

const MAX = LIMITS.cutoverMaxMailboxes;
const RECOMMENDED = LIMITS.cutoverRecommendedMailboxes;
const NEWER_EXCHANGE: ReadonlySet<string> = new Set(['exchange-2016', 'exchange-2019', 'exchange-se']);

/** What rules a cutover out. */
export const cutoverLimits: readonly HardLimit[] = [
  {
    id: 'cutover.source-system',
    purpose: 'Cutover reads from an Exchange server only.',
    fact: 'Cutover connects to the source over Outlook Anywhere, which only Exchange provides.',
    source: 'M2',
    excludes: ({ family, system }) => (family === 'imap' ? `Cutover copies mailboxes out of an Exchange server, and ${system.short} is not one.` : null),
  },
  {
    id: 'cutover.mailbox-limit',
    purpose: `Enforce the ${formatCount(MAX.value)}-mailbox ceiling of one cutover.`,
    fact: `A cutover moves at most ${formatCount(MAX.value)} mailboxes.`,
    source: MAX.source,
    excludes: ({ answers }) => (answers.mailboxCount > MAX.value ? `One cutover can move at most ${formatCount(MAX.value)} mailboxes, and you have ${formatCount(answers.mailboxCount)}.` : null),
  },
  {
    id: 'cutover.keep-on-premises',
    purpose: 'Cutover ends on-premises account management.',
    fact: 'Directory synchronisation must be off for a cutover; afterwards accounts live in the cloud only.',
    source: 'M2',
    excludes: ({ answers }) =>
      answers.keepOnPremises === true ? 'You need accounts to stay managed on-premises, but a cutover needs directory sync switched off and leaves accounts managed only in the cloud.' : null,
  },
];

/** Rules for a cutover migration: every mailbox in one go, over Outlook Anywhere. */
export const cutoverRules: readonly Rule[] = [
  {
    id: 'cutover.hosted-provider',
    purpose: 'Hosted Exchange providers seldom allow what a cutover needs.',
    fact: 'The migration account needs full access to every mailbox and Outlook Anywhere, which shared hosting seldom grants.',
    source: 'M2',
    fire: ({ family }) =>
      family === 'hosted-exchange'
        ? { effect: -40, text: 'A hosted Exchange provider rarely gives a customer full access to every mailbox over Outlook Anywhere, which a cutover needs: it works only if your provider agrees.' }
        : null,
  },
  tlsRule('cutover', 'a cutover from it usually fails to connect: it works'),
  {
    id: 'cutover.mailbox-count',
    purpose: 'Prefer cutover for small organisations, less so as numbers grow.',
    fact: `Microsoft recommends cutover for ${RECOMMENDED.value} mailboxes or fewer; more take too long in one window.`,
    source: RECOMMENDED.source,
    fire: ({ answers: { mailboxCount: n } }) => {
      if (n > MAX.value) return null;
      const effect = ramp(n, [[RECOMMENDED.value, 20], [250, -5], [1000, -20], [MAX.value, -30]]);
      if (n <= RECOMMENDED.value) return { effect, text: `${plural(n, 'mailbox', 'mailboxes')} is within the ${RECOMMENDED.value} Microsoft recommends for a cutover, so one short move window is realistic.` };
      return effect >= 0
        ? { effect, text: `${formatCount(n)} mailboxes is just over the ${RECOMMENDED.value} Microsoft recommends for a cutover: still workable in one window, but each extra hundred makes it longer and riskier.` }
        : { effect, text: `${formatCount(n)} mailboxes is well over the ${RECOMMENDED.value} Microsoft recommends for a cutover: creating and moving them all in one window gets long and risky.` };
    },
  },
  {
    id: 'cutover.directory-sync',
    purpose: 'A cutover needs directory sync switched off, which orphans the synced accounts.',
    fact: 'Cutover creates the cloud users itself, so directory sync must be off; the accounts it synced are left unmanaged and clash when sync returns (facts §9).',
    source: 'M2',
    fire: ({ answers }) => {
      if (answers.keepOnPremises === true) return null;
      if (answers.directorySync === 'in-place') return { effect: -30, text: 'Directory sync is running: a cutover needs it switched off first, which leaves the accounts it synced without a source and clashes when sync comes back. Hybrid keeps it.' };
      if (answers.directorySync === 'planned') return { effect: -30, text: 'You plan directory sync, but a cutover creates cloud-only accounts: sync set up afterwards must match every one of them to its on-premises account. Hybrid starts from sync instead.' };
      return null;
    },
  },
  {
    id: 'cutover.coexistence',
    purpose: 'Cutover gives no period of coexistence.',
    fact: 'All mailboxes switch at once; there is no shared free/busy between old and new.',
    source: 'M1',
    fire: ({ answers }) =>
      answers.needCoexistence === true ? { effect: -25, text: 'You need shared free/busy and address book during the move, but a cutover switches everyone at once with no coexistence.' } : null,
  },
  {
    id: 'cutover.newer-exchange',
    purpose: 'Microsoft steers Exchange 2016 and later to hybrid.',
    fact: 'Cutover is listed for Exchange 2003–2013; for newer versions Microsoft points to hybrid, cutover only when small.',
    source: 'M1',
    fire: ({ answers, system }) =>
      NEWER_EXCHANGE.has(answers.source) ? { effect: -5, text: `For ${system.short} Microsoft points to hybrid first and keeps cutover for small organisations.` } : null,
  },
  {
    id: 'cutover.admin-time',
    purpose: 'A short, simple project suits an admin with little time.',
    fact: 'Cutover is the simplest method and runs as one short project.',
    source: 'M2',
    fire: ({ answers }) => (answers.dedicatedAdmin === false ? { effect: 5, text: 'With little admin time, one short and simple project is easier to carry than months of batches.' } : null),
  },
  archivesToPstRule('cutover', 'a cutover'),
  budgetRule('cutover', 'No extra servers and little outside help: the cheapest way out of your own Exchange.', {
    low: [15, 'A low budget suits a cutover: it needs no extra servers and little outside help.'],
    medium: [5, 'A cutover fits a medium budget easily: no extra servers, little outside help.'],
  }),
  calendarRule('cutover'),
  largestItemRule('cutover', LIMITS.mrsLargestItemMb, -5),
  primaryOnlyRule('cutover'),
  publicFoldersLeftRule('cutover'),
  timelineRule('cutover'),
];
