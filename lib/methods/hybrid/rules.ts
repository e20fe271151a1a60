import type { Source } from '../../answers';
import { LIMITS } from '../../facts/limits';
import { SOURCE_SYSTEMS } from '../../facts/source-systems';
import { formatCount, formatDate } from '../../format';
import { budgetRule, calendarRule, largestItemRule, timelineRule } from '../../rules/shared';
import type { Firing, Rule } from '../../rules/types';

const { cutoverMaxMailboxes: CUTOVER_MAX, cutoverRecommendedMailboxes: RECOMMENDED } = LIMITS;
/** Above this many users, keeping Outlook profiles saves real helpdesk time (our threshold). */
const PROFILE_SAVING_FROM = 50;

/** How each Exchange version suits hybrid: the score effect, and what the version itself needs. */
const VERSION_FIT: Partial<Record<Source, { effect: number; name: string; needs?: string }>> = {
  'exchange-se': { effect: 12, name: 'Exchange Subscription Edition' },
  'exchange-2019': { effect: 8, name: 'Exchange 2019' },
  'exchange-2016': { effect: 8, name: 'Exchange 2016' },
  'exchange-2013': { effect: 3, name: 'Exchange 2013' },
  'exchange-2010': { effect: -5, name: 'Exchange 2010', needs: 'SP3 with the latest rollup' },
};

/** The version's fit for hybrid, in words true on the assessment date. */
function versionFit(source: Source, date: string): Firing | null {
  const fit = VERSION_FIT[source];
  if (fit === undefined) return null;
  const end = SOURCE_SYSTEMS[source].endOfSupport;
  const needs = fit.needs ? `needs ${fit.needs} for hybrid, and ` : '';
  if (end === null) return { effect: fit.effect, text: `${fit.name} is in support and runs the current Hybrid Configuration Wizard.` };
  if (end <= date) return { effect: fit.effect, text: `${fit.name} ${needs || 'can run hybrid but '}has been out of extended support since ${formatDate(end)}, so plan to leave it soon.` };
  return { effect: fit.effect, text: `${fit.name} ${needs || 'supports hybrid and '}is in extended support until ${formatDate(end)}: plan to leave it before then.` };
}

/** Rules for a hybrid migration: on-premises Exchange and Exchange Online side by side, mailboxes moved by MRS. */
export const hybridRules: readonly Rule[] = [
  {
    id: 'hybrid.source-system',
    purpose: 'Hybrid needs your own Exchange 2010 SP3 or later.',
    fact: 'Hybrid is supported from Exchange 2010 SP3, 2013, 2016, 2019 and SE; 2003/2007 need a newer server first.',
    source: 'M5',
    fire: ({ family, sourceLabel }) => {
      if (family === 'modern-exchange') return null;
      const text = {
        'legacy-exchange': `Hybrid needs Exchange 2010 SP3 or later on-premises; with ${sourceLabel} you would first have to add a newer Exchange server.`,
        'hosted-exchange': 'Hybrid joins your own Exchange organisation to Microsoft 365; a provider’s shared Exchange cannot be configured for it.',
        imap: `Hybrid joins an on-premises Exchange organisation to Microsoft 365; ${sourceLabel} is not Exchange.`,
      }[family];
      return { effect: 'excludes', text };
    },
  },
  {
    id: 'hybrid.source-version',
    purpose: 'Newer, supported Exchange versions make hybrid smoother.',
    fact: 'Support status of each Exchange version on the assessment date (facts §4).',
    source: 'M9',
    fire: ({ answers, date }) => versionFit(answers.source, date),
  },
  {
    id: 'hybrid.mailbox-count',
    purpose: 'Hybrid is Microsoft’s path for larger organisations on Exchange 2010 or later.',
    fact: `Over ${formatCount(CUTOVER_MAX.value)} mailboxes: full hybrid; ${RECOMMENDED.value}–${formatCount(CUTOVER_MAX.value)}: minimal or full hybrid.`,
    source: 'M1',
    fire: ({ answers: { mailboxCount: n } }) => {
      if (n > CUTOVER_MAX.value) return { effect: 25, text: `With ${formatCount(n)} mailboxes on Exchange 2010 or later, full hybrid is Microsoft’s path: cutover stops at ${formatCount(CUTOVER_MAX.value)}.` };
      if (n > RECOMMENDED.value) return { effect: 10, text: `With ${formatCount(n)} mailboxes, hybrid moves people in batches without a big-bang weekend.` };
      return null;
    },
  },
  {
    id: 'hybrid.small-org',
    purpose: 'For small organisations without coexistence needs, hybrid’s setup outweighs its gains.',
    fact: `Microsoft lists cutover first for fewer than ${RECOMMENDED.value} mailboxes when accounts need not stay on-premises.`,
    source: 'M1',
    fire: ({ answers }) =>
      answers.mailboxCount <= RECOMMENDED.value && answers.keepOnPremises !== true && answers.needCoexistence !== true
        ? { effect: -10, text: `For ${formatCount(answers.mailboxCount)} mailboxes with no need for coexistence or on-premises accounts, hybrid’s setup is more than the move needs.` }
        : null,
  },
  {
    id: 'hybrid.keep-on-premises',
    purpose: 'Hybrid is the method for keeping accounts managed on-premises.',
    fact: 'When accounts stay managed on-premises, Microsoft’s options are minimal or full hybrid.',
    source: 'M1',
    fire: ({ answers }) =>
      answers.keepOnPremises === true ? { effect: 20, text: 'Accounts stay managed on-premises: hybrid is the method built for that.' } : null,
  },
  {
    id: 'hybrid.coexistence',
    purpose: 'Only hybrid gives coexistence while people move.',
    fact: 'Hybrid shares the address space, free/busy and mail flow between on-premises and the cloud.',
    source: 'M5',
    fire: ({ answers }) =>
      answers.needCoexistence === true ? { effect: 20, text: 'Only hybrid keeps free/busy, the address book and mail flow shared while people move.' } : null,
  },
  {
    id: 'hybrid.directory-sync',
    purpose: 'Hybrid needs Entra Connect directory sync.',
    fact: 'Hybrid requires Microsoft Entra Connect.',
    source: 'M5',
    fire: ({ answers }) =>
      answers.directorySync === 'in-place' ? { effect: 5, text: 'Directory sync is already running, which hybrid needs.' } : null,
  },
  {
    id: 'hybrid.outlook-profiles',
    purpose: 'Hybrid moves keep Outlook profiles and cached data.',
    fact: 'MRS moves keep the mailbox identity, so no new Outlook profile or OST download is needed.',
    source: 'M1',
    fire: ({ answers }) =>
      answers.mailboxCount > PROFILE_SAVING_FROM
        ? { effect: 5, text: `Your ${formatCount(answers.mailboxCount)} users keep their Outlook profiles: no rebuild and no fresh download of cached mail.` }
        : null,
  },
  {
    id: 'hybrid.admin-time',
    purpose: 'Hybrid is the most complex method to run.',
    fact: 'Hybrid has the most prerequisites and the most admin effort.',
    source: 'M5',
    fire: ({ answers }) =>
      answers.dedicatedAdmin === false ? { effect: -15, text: 'Hybrid is the most demanding method to set up and run, and you have little admin time.' } : null,
  },
  {
    id: 'hybrid.cumulative-update',
    purpose: 'Servers must be on a supported cumulative update.',
    fact: 'Hybrid needs the current or previous CU; Exchange Online throttles (4.7.230) and then blocks (5.7.230) mail from out-of-date servers.',
    source: 'M9',
    fire: ({ answers }) =>
      answers.onLatestCu === false
        ? { effect: -10, text: 'Your servers are behind on cumulative updates: they must reach the current or previous CU first, and Exchange Online throttles and then blocks mail from out-of-date servers.' }
        : null,
  },
  budgetRule('hybrid', 'Hybrid migration', { low: -20, medium: 0, high: 10 }, 'it usually needs a public certificate, consultant time and the longest setup.'),
  calendarRule('hybrid'),
  largestItemRule('hybrid', LIMITS.mrsLargestItemMb, -5),
  timelineRule('hybrid', 'M8'),
];
