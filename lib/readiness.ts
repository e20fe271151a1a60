import type { Answers } from './answers';
import type { Method, Readiness, ReadinessItem } from './advice';
import { LIMITS } from './facts/limits';
import { currentBuild, isOwnExchange, SOURCE_SYSTEMS, supportEndedBy } from './facts/source-systems';
import { formatCount, formatDate } from './format';
import { REGISTRY } from './methods';
import { item } from './methods/shared';

/** Steps and cautions for a cumulative update before hybrid (facts §4), in our own words. */
export const CU_UPGRADE_STEPS = [
  'Install and test the update in a lab first; without one, wait a week or two after its release.',
  'Take full backups of Exchange and Active Directory, and export the virtual directory, send connector and receive connector settings.',
  'If the update extends the Active Directory schema, run that step from a domain controller with the rights it needs, and update .NET first where the update requires it.',
  'Pause antivirus and backup jobs for the upgrade window.',
  'Put each database availability group member into maintenance mode before updating it, and take it out afterwards.',
  'Update the internet-facing site first, and Mailbox servers before any others.',
  'Run setup from an elevated command prompt, not from the Exchange Management Shell (locked files make it fail).',
  'Restart when asked, then check server health and client connections; redistribute databases to their preferred copies.',
] as const;

/** Support status and builds of on-premises Exchange: an out-of-support version is never shown as ready, and says so once. */
function supportChecks(a: Answers, assessedOn: string): ReadinessItem[] {
  const src = SOURCE_SYSTEMS[a.source];
  const end = supportEndedBy(a.source, assessedOn);
  const build = currentBuild(a.source, assessedOn);
  const enforcement = 'Exchange Online throttles mail from out-of-date servers (4.7.230) and then blocks it (5.7.230).';
  if (end !== null) {
    const behind = a.onLatestCu === false ? ` Bring every server to ${build} before you start.` : '';
    return [item('support-status', 'Source version in support', 'needs-work', `${src.label} left extended support on ${formatDate(end)}: no more fixes, and even on ${build} its servers count as out of date. ${enforcement} Move soon.${behind}`, 'M9')];
  }
  const title = 'Servers on a supported build';
  const support = item('support-status', 'Source version in support', 'pass', `${src.label} is in support on ${formatDate(assessedOn)}${src.endOfSupport ? `, until ${formatDate(src.endOfSupport)}` : ''}.`, 'M9');
  if (a.onLatestCu === true) return [support, item('cumulative-update', title, 'pass', `Your servers are on ${build}.`, 'M9')];
  return [support, item('cumulative-update', title, a.onLatestCu === false ? 'needs-work' : 'unknown', `Every server must run ${build}. ${enforcement} Compare each server’s build (Get-ExchangeServer) with Microsoft’s list.`, 'M9')];
}

const ARCHIVE_LICENCE = 'which needs E3/E5, Exchange Online Plan 2 or Exchange Online Archiving';

function mailboxSizeCheck(a: Answers, method: Method): ReadinessItem {
  const largest = a.largestMailboxGb;
  const { standardQuotaGb: standard, e3QuotaGb: e3, mailboxMoveCeilingGb: ceiling } = LIMITS;
  const title = 'Largest mailbox against the plan’s quota';
  if (largest === undefined) return item('mailbox-size', title, 'unknown', `Business and Plan 1 licences give ${standard.value} GB, E3/E5 ${e3.value} GB: compare your largest mailbox.`, 'M7');
  const size = `Your largest mailbox (${formatCount(largest)} GB)`;
  if (largest > ceiling.value) {
    return item('mailbox-size', title, 'needs-work', `A ${formatCount(largest)} GB mailbox is over the ${ceiling.value} GB Microsoft supports moving as it is: a blocker. Before its move, get its primary mailbox under ${e3.value} GB and any on-premises archive within ${ceiling.value} GB; put the rest in PST files to import into its cloud archive once that is on and auto-expanding (${ARCHIVE_LICENCE}).`, 'M8');
  }
  if (largest <= standard.value) return item('mailbox-size', title, 'pass', `${size} fits the ${standard.value} GB of every business plan.`, 'M7');
  const primaryOnly = method !== 'hybrid' && method !== 'third-party';
  if (largest <= e3.value) return item('mailbox-size', title, 'needs-work', `${size} needs an E3/E5 licence (${e3.value} GB)${primaryOnly ? ', or trimming at the source' : ' or an archive'}.`, 'M7');
  const how = {
    hybrid: 'hybrid moves primary and archive together but cannot split a mailbox, so move older mail into its on-premises archive first',
    'third-party': `check the tool can write to the cloud archive (${ARCHIVE_LICENCE})`,
  }[method as 'hybrid' | 'third-party'] ?? `this method fills only the primary mailbox: trim it below ${e3.value} GB at the source, or export older mail to PST files for the PST import into the cloud archive (${ARCHIVE_LICENCE})`;
  return item('mailbox-size', title, 'needs-work', `${size} is over even the ${e3.value} GB of a primary mailbox: ${how}.`, 'M7');
}

function largestItemCheck(a: Answers, method: Method): ReadinessItem {
  const limit = REGISTRY[method].largestItem;
  const title = `Largest item within ${limit.value} MB`;
  const biggest = a.largestItemMb;
  const mrs = LIMITS.mrsLargestItemMb.value;
  if (biggest === undefined) return item('largest-item', title, 'unknown', `This method moves items up to ${limit.value} MB; larger ones are skipped. Find the largest items first.`, limit.source);
  if (biggest <= limit.value) return item('largest-item', title, 'pass', `Your largest item (${formatCount(biggest)} MB) is within the ${limit.value} MB this method moves.`, limit.source);
  const what = biggest > mrs ? `the PST import skips items over ${mrs} MB too, so save such attachments to OneDrive or SharePoint` : 'export such items to PST for the PST import, or tell their owners';
  return item('largest-item', title, 'needs-work', `Your largest item (${formatCount(biggest)} MB) is over ${limit.value} MB and will be skipped: ${what}.`, limit.source);
}

function publicFoldersCheck(a: Answers, method: Method): ReadinessItem | null {
  if ((a.publicFoldersGb ?? 0) === 0 || SOURCE_SYSTEMS[a.source].family === 'imap') return null;
  if (method === 'hybrid') return item('public-folders', 'Public folders', 'unknown', `Public folders move in one separate batch after the mailboxes; split any folder over ${LIMITS.publicFolderSizeGb.value} GB first.`, 'M20');
  if (method === 'third-party') return item('public-folders', 'Public folders', 'unknown', 'Check the tool copies public folders, or plan shared mailboxes or Microsoft 365 groups for them.', 'M20');
  return item('public-folders', 'Public folders', 'needs-work', 'This method leaves public folders behind: plan shared mailboxes, Microsoft 365 groups or a tool for them.', 'M20');
}

function relayCheck(a: Answers): ReadinessItem | null {
  if (a.smtpRelayDevices !== true) return null;
  return item('relay', 'Devices and applications that send mail', 'needs-work', 'Printers, scanners and applications send through the current server: point them at Exchange Online before it goes (a connector or direct send for devices; SMTP AUTH only with modern authentication).', 'M22');
}

/**
 * The readiness checklist for a method, judged on a given date (no clock inside lib/): support status and builds for
 * on-premises Exchange, the method's own prerequisites, licences, sizes, public folders and relaying devices.
 * @example readiness({ ...answers, source: 'exchange-2016' }, 'hybrid', '2026-11-25').items[0].status // 'needs-work'
 */
export function readiness(a: Answers, method: Method, assessedOn: string): Readiness {
  const own = REGISTRY[method].readiness;
  const onPremExchange = isOwnExchange(a.source);
  const checked = (list: readonly ((a: Answers, date: string) => ReadinessItem | null)[]) => list.map((check) => check(a, assessedOn)).filter((i): i is ReadinessItem => i !== null);
  const licences = own.licences(a);
  const items: ReadinessItem[] = [
    ...(onPremExchange ? supportChecks(a, assessedOn) : []),
    ...checked(own.prerequisites),
    item('licences', 'Licences', 'unknown', licences.text, licences.source),
    mailboxSizeCheck(a, method),
    largestItemCheck(a, method),
    ...[publicFoldersCheck(a, method), relayCheck(a)].filter((i): i is ReadinessItem => i !== null),
    ...checked(own.last),
  ];
  const cuUpgradeSteps = own.cuUpgradeSteps && a.onLatestCu !== true && onPremExchange ? CU_UPGRADE_STEPS : [];
  return { method, assessedOn, items, cuUpgradeSteps };
}
