import type { Source } from '../../answers';
import { LIMITS } from '../../facts/limits';
import { DATES, happened } from '../../facts/dates';
import { currentBuild, SOURCE_SYSTEMS, supportEndedBy } from '../../facts/source-systems';
import { formatCount, formatDate, plural } from '../../format';
import { ramp } from '../../rules/ramp';
import { calendarRule, largestItemRule, timelineRule } from '../../rules/shared';
import type { Firing, HardLimit, Rule } from '../../rules/types';
import { hybridChoice } from './flavour';

const { cutoverMaxMailboxes: CUTOVER_MAX, cutoverRecommendedMailboxes: RECOMMENDED } = LIMITS;

/**
 * How each Exchange version suits hybrid while in support, and once out of it (facts §4, §9): SE is current; 2019
 * upgrades in place to SE; 2016 needs a side-by-side move; 2013 and 2010 manage minimal hybrid only.
 */
const VERSION_FIT: Partial<Record<Source, { inSupport: number; outOfSupport: number }>> = {
  'exchange-se': { inSupport: 10, outOfSupport: 10 },
  'exchange-2019': { inSupport: 5, outOfSupport: -2 },
  'exchange-2016': { inSupport: 5, outOfSupport: -4 },
  'exchange-2013': { inSupport: 3, outOfSupport: -5 },
  'exchange-2010': { inSupport: -5, outOfSupport: -10 },
};
/** Versions whose full hybrid needs a supported hybrid server added first (facts §9). */
const NEEDS_SUPPORTED_SERVER: ReadonlySet<Source> = new Set(['exchange-2010', 'exchange-2013']);

/** The version's fit for hybrid, in words true on the assessment date. */
function versionFit(source: Source, date: string): Firing | null {
  const fit = VERSION_FIT[source];
  if (fit === undefined) return null;
  const system = SOURCE_SYSTEMS[source];
  const end = system.endOfSupport;
  if (end === null) return { effect: fit.inSupport, text: `${system.short} is in support and runs the current Hybrid Configuration Wizard${happened(DATES.hybridAppUpdate, date) ? ' and the dedicated hybrid app' : ''}.` };
  if (supportEndedBy(source, date) === null) {
    return { effect: fit.inSupport, text: `${system.short} supports hybrid on ${currentBuild(source, date)} and is in extended support until ${formatDate(end)}: plan to leave it before then.` };
  }
  const next = happened(DATES.exchangeSeReleased, date) ? (source === 'exchange-2019' ? 'an in-place upgrade to Exchange SE' : 'a side-by-side move to Exchange SE') : 'a newer version';
  const how =
    NEEDS_SUPPORTED_SERVER.has(source) ? 'minimal hybrid (mailbox moves only) still works from it, but full hybrid would need its servers replaced first'
    : `hybrid still works from ${currentBuild(source, date)}, but every month adds risk: plan ${next} or a quick exit`;
  return { effect: fit.outOfSupport, text: `${system.short} has been out of extended support since ${formatDate(end)}: ${how}.` };
}

/** What rules hybrid out. */
export const hybridLimits: readonly HardLimit[] = [
  {
    id: 'hybrid.source-system',
    purpose: 'Hybrid needs your own Exchange 2010 SP3 or later.',
    fact: 'Hybrid is supported from Exchange 2010 SP3, 2013, 2016, 2019 and SE; 2003/2007 need a newer server first.',
    source: 'M5',
    excludes: ({ family, system }) => {
      if (family === 'modern-exchange') return null;
      return {
        'legacy-exchange': `Hybrid needs Exchange 2010 SP3 or later on-premises; with ${system.short} you would first have to add a newer Exchange server.`,
        'hosted-exchange': 'Hybrid joins your own Exchange organisation to Microsoft 365; a provider’s shared Exchange cannot be configured for it.',
        imap: `Hybrid joins an on-premises Exchange organisation to Microsoft 365, and ${system.short} is not Exchange.`,
      }[family];
    },
  },
];

/** Rules for a hybrid migration: on-premises Exchange and Exchange Online side by side, mailboxes moved by MRS. */
export const hybridRules: readonly Rule[] = [
  {
    id: 'hybrid.source-version',
    purpose: 'Newer, supported Exchange versions make hybrid smoother.',
    fact: 'Support status of each Exchange version on the assessment date, and what hybrid needs from it (facts §4, §9).',
    source: 'M9',
    fire: ({ answers, date }) => versionFit(answers.source, date),
  },
  {
    id: 'hybrid.supported-server',
    purpose: 'Full hybrid from Exchange 2010 or 2013 needs their servers replaced first.',
    fact: 'Since the shared service principal was blocked, rich coexistence needs the dedicated hybrid app with every Exchange server on a supported build; only an older version can still join a 2010 or 2013 organisation (M5, M14).',
    source: 'M14',
    fire: ({ answers, system, date }) => {
      if (!NEEDS_SUPPORTED_SERVER.has(answers.source) || !happened(DATES.sharedServicePrincipalBlocked, date)) return null;
      const effect = Math.round(-15 * hybridChoice(answers).fullWeight) || 0;
      return effect === 0 ? null : { effect, text: `Free/busy and mail flow across premises from ${system.short} work only once every server runs a supported build: add ${system.bridgeServer}, the newest that can join, move the mailboxes onto it and retire ${system.short} first — weeks of work onto servers that are themselves near or past their end. Minimal hybrid needs none of this; a migration tool is the other way round it.` };
    },
  },
  {
    id: 'hybrid.transport-enforcement',
    purpose: 'Full hybrid mail flow from out-of-support servers meets Exchange Online’s throttling.',
    fact: 'Exchange Online throttles (450 4.7.230) and then blocks (550 5.7.230) mail sent by out-of-date on-premises servers over hybrid connectors (facts §9).',
    source: 'M15',
    fire: ({ answers, system, date }) => {
      if (NEEDS_SUPPORTED_SERVER.has(answers.source) || supportEndedBy(answers.source, date) === null) return null;
      const effect = Math.round(-5 * hybridChoice(answers).fullWeight) || 0;
      return effect === 0 ? null : { effect, text: `Full hybrid sends mail between ${system.short} and Exchange Online, which throttles and then blocks mail from out-of-date servers: keep every server on ${currentBuild(answers.source, date)}, watch the out-of-date servers report, and move quickly.` };
    },
  },
  {
    id: 'hybrid.mailbox-count',
    purpose: `Hybrid is Microsoft’s path for organisations over ${RECOMMENDED.value} mailboxes on Exchange 2010 or later.`,
    fact: `Microsoft points Exchange 2010 or later with more than ${RECOMMENDED.value} mailboxes to hybrid; a cutover stops at ${formatCount(CUTOVER_MAX.value)}.`,
    source: 'M1',
    fire: ({ answers: { mailboxCount: n }, system }) => {
      const effect = ramp(n, [[RECOMMENDED.value, 0], [400, 10], [CUTOVER_MAX.value, 25]]);
      if (effect === 0) return null;
      return n > CUTOVER_MAX.value
        ? { effect, text: `With ${plural(n, 'mailbox', 'mailboxes')} on ${system.short}, hybrid is Microsoft’s path: a cutover stops at ${formatCount(CUTOVER_MAX.value)}.` }
        : { effect, text: `With ${plural(n, 'mailbox', 'mailboxes')}, hybrid moves people in batches without a big-bang weekend.` };
    },
  },
  {
    id: 'hybrid.small-org',
    purpose: 'For small organisations without coexistence or sync, hybrid’s setup outweighs its gains.',
    fact: `Microsoft lists cutover (or express) for fewer than ${RECOMMENDED.value} mailboxes moved quickly.`,
    source: 'M1',
    fire: ({ answers }) => {
      if (answers.keepOnPremises === true || answers.needCoexistence === true || answers.directorySync === 'in-place' || answers.directorySync === 'planned') return null;
      const effect = ramp(answers.mailboxCount, [[RECOMMENDED.value, -10], [200, 0]]);
      return effect === 0 ? null : { effect, text: `For ${plural(answers.mailboxCount, 'mailbox', 'mailboxes')} with no directory sync, coexistence or on-premises accounts to keep, hybrid’s setup is more than the move needs.` };
    },
  },
  {
    id: 'hybrid.keep-on-premises',
    purpose: 'Hybrid is the method for keeping accounts managed on-premises.',
    fact: 'When accounts stay managed on-premises, Microsoft’s options are minimal or full hybrid.',
    source: 'M1',
    fire: ({ answers }) => (answers.keepOnPremises === true ? { effect: 20, text: 'Accounts stay managed on-premises: hybrid is the method built for that.' } : null),
  },
  {
    id: 'hybrid.coexistence',
    purpose: 'Only hybrid gives coexistence while people move.',
    fact: 'Full hybrid shares the address space, free/busy and mail flow between on-premises and the cloud.',
    source: 'M5',
    fire: ({ answers }) => (answers.needCoexistence === true ? { effect: 20, text: 'Only full hybrid keeps free/busy, the address book and mail flow shared while people move.' } : null),
  },
  {
    id: 'hybrid.directory-sync',
    purpose: 'Directory sync running or planned makes hybrid the right path from Exchange 2010 or later.',
    fact: 'Hybrid requires Microsoft Entra Connect and keeps it; a cutover would have to switch it off (facts §9).',
    source: 'M5',
    fire: ({ answers }) => {
      if (answers.directorySync === 'in-place') return { effect: 10, text: 'Directory sync is already running: hybrid keeps it, and the synced accounts become the cloud mailboxes’ owners.' };
      if (answers.directorySync === 'planned') return { effect: 5, text: 'You plan directory sync, which hybrid needs and keeps.' };
      return null;
    },
  },
  {
    id: 'hybrid.outlook-profiles',
    purpose: 'Hybrid moves keep Outlook profiles and cached data.',
    fact: 'MRS moves keep the mailbox identity, so no new Outlook profile or OST download is needed.',
    source: 'M1',
    fire: ({ answers }) => {
      const effect = ramp(answers.mailboxCount, [[20, 0], [100, 5]]);
      return effect === 0 ? null : { effect, text: `Your ${answers.mailboxCount === 1 ? 'user keeps their Outlook profile' : `${formatCount(answers.mailboxCount)} users keep their Outlook profiles`}: no rebuild and no fresh download of cached mail.` };
    },
  },
  {
    id: 'hybrid.admin-time',
    purpose: 'Hybrid is the most complex method to run.',
    fact: 'Hybrid has the most prerequisites and the most admin effort.',
    source: 'M5',
    fire: ({ answers }) => (answers.dedicatedAdmin === false ? { effect: -15, text: 'Hybrid is the most demanding method to set up and run, and you have little admin time.' } : null),
  },
  {
    id: 'hybrid.cumulative-update',
    purpose: 'Servers must be on a supported build.',
    fact: 'Hybrid needs every server on a supported build; Exchange Online throttles (4.7.230) and then blocks (5.7.230) mail from out-of-date servers.',
    source: 'M9',
    fire: ({ answers, date }) =>
      answers.onLatestCu === false
        ? { effect: -10, text: `Your servers are behind: they must reach ${currentBuild(answers.source, date)} first, and Exchange Online throttles and then blocks mail from out-of-date servers.` }
        : null,
  },
  {
    id: 'hybrid.archives',
    purpose: 'Hybrid moves archive mailboxes with their owners.',
    fact: 'Hybrid moves primary and archive mailboxes; the other methods fill only the primary (facts §9).',
    source: 'M5',
    fire: ({ answers }) =>
      answers.archives === 'on-premises-archives' || answers.archives === 'both' ? { effect: 5, text: 'Your archive mailboxes move with their owners.' } : null,
  },
  {
    id: 'hybrid.public-folders',
    purpose: 'Hybrid is the one method with a path for public folders.',
    fact: 'Public folders move to Exchange Online in one separate batch after the mailboxes (facts §9).',
    source: 'M20',
    fire: ({ answers: { publicFoldersGb: gb } }) =>
      gb !== undefined && gb > 0
        ? { effect: 5, text: `Your ${formatCount(gb)} GB of public folders can follow in one separate batch once the mailboxes have moved.` }
        : null,
  },
  {
    id: 'hybrid.budget',
    purpose: 'Weigh hybrid’s cost against the budget: full hybrid costs most; minimal and express are closer to a cutover.',
    fact: 'Hybrid needs a public certificate and specialist time; full hybrid adds connectors, the dedicated hybrid app and the longest setup.',
    source: 'M5',
    fire: ({ answers }) => {
      const w = hybridChoice(answers).fullWeight;
      if (answers.budget === 'low') {
        const effect = -Math.round(10 + 10 * w);
        return { effect, text: w >= 0.5 ? 'Full hybrid needs a public certificate, specialist time and the longest setup: a lot for a low budget.' : 'Even minimal hybrid needs a public certificate and some specialist time, which a low budget feels.' };
      }
      if (answers.budget === 'high') return { effect: Math.round(5 + 5 * w), text: 'A high budget covers the certificate and the specialist time hybrid needs.' };
      return null;
    },
  },
  calendarRule('hybrid'),
  largestItemRule('hybrid', LIMITS.mrsLargestItemMb, -5),
  timelineRule('hybrid'),
];
