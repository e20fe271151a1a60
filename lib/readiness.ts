import type { Answers } from './answers';
import type { Method, Readiness, ReadinessItem } from './advice';
import { LIMITS } from './facts/limits';
import { SOURCE_SYSTEMS, supportEndedBy } from './facts/source-systems';
import { REGISTRY } from './methods';
import { item } from './methods/shared';

const ON_PREMISES_EXCHANGE = new Set(['legacy-exchange', 'modern-exchange']);

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

function supportChecks(a: Answers, assessedOn: string): ReadinessItem[] {
  const src = SOURCE_SYSTEMS[a.source];
  const end = supportEndedBy(a.source, assessedOn);
  const cuText = 'Microsoft supports only the current and previous cumulative update; Exchange Online throttles mail from older servers (4.7.230) and then blocks it (5.7.230).';
  const cuTitle = 'Servers on a supported cumulative update';
  return [
    end !== null
      ? item('support-status', 'Source version in support', 'needs-work', `${src.label} left extended support on ${end}: no more security fixes. Move soon, and keep the servers patched to their last update meanwhile.`, 'M9')
      : item('support-status', 'Source version in support', 'pass', `${src.label} is in support on ${assessedOn}.`, 'M9'),
    a.onLatestCu === true
      ? item('cumulative-update', cuTitle, 'pass', 'Your servers are on the current or previous cumulative update.', 'M9')
      : a.onLatestCu === false
        ? item('cumulative-update', cuTitle, 'needs-work', `${cuText} Update every server before you start.`, 'M9')
        : item('cumulative-update', cuTitle, 'unknown', `${cuText} Compare each server’s build (Get-ExchangeServer) with Microsoft’s list.`, 'M9'),
  ];
}

function mailboxSizeCheck(a: Answers): ReadinessItem {
  const largest = a.largestMailboxGb;
  const standard = LIMITS.standardQuotaGb.value;
  const e3 = LIMITS.e3QuotaGb.value;
  const title = 'Largest mailbox against the plan’s quota';
  if (largest === undefined) return item('mailbox-size', title, 'unknown', `Business and Plan 1 licences give ${standard} GB, E3/E5 ${e3} GB: compare your largest mailbox.`, 'M7');
  if (largest <= standard) return item('mailbox-size', title, 'pass', `Your largest mailbox (${largest} GB) fits the ${standard} GB of every business plan.`, 'M7');
  const text =
    largest <= e3
      ? `Your largest mailbox (${largest} GB) needs an E3/E5 licence (${e3} GB) or an archive.`
      : `Your largest mailbox (${largest} GB) is over even ${e3} GB: give it an archive mailbox${largest > LIMITS.mailboxMoveCeilingGb.value ? ', and split it before moving' : ''}.`;
  return item('mailbox-size', title, 'needs-work', text, 'M7');
}

function largestItemCheck(a: Answers, method: Method): ReadinessItem {
  const limit = REGISTRY[method].largestItem;
  const title = `Largest item within ${limit.value} MB`;
  const biggest = a.largestItemMb;
  if (biggest === undefined) return item('largest-item', title, 'unknown', `This method moves items up to ${limit.value} MB; larger ones are skipped. Find the largest items first.`, limit.source);
  if (biggest <= limit.value) return item('largest-item', title, 'pass', `Your largest item (${biggest} MB) is within the ${limit.value} MB this method moves.`, limit.source);
  return item('largest-item', title, 'needs-work', `Your largest item (${biggest} MB) is over ${limit.value} MB and will be skipped: export such items to PST or tell their owners.`, limit.source);
}

/**
 * The readiness checklist for a method, judged on a given date (no clock inside lib/): support status and
 * cumulative updates for on-premises Exchange, the method's own prerequisites, licences, sizes, and its last checks.
 * @example readiness({ ...answers, source: 'exchange-2016' }, 'hybrid', '2026-11-25').items[0].status // 'needs-work'
 */
export function readiness(a: Answers, method: Method, assessedOn: string): Readiness {
  const own = REGISTRY[method].readiness;
  const onPremExchange = ON_PREMISES_EXCHANGE.has(SOURCE_SYSTEMS[a.source].family);
  const items: ReadinessItem[] = [
    ...(onPremExchange ? supportChecks(a, assessedOn) : []),
    ...own.prerequisites.map((check) => check(a)),
    item('licences', 'Licences', 'unknown', own.licences.text, own.licences.source),
    mailboxSizeCheck(a),
    largestItemCheck(a, method),
    ...own.last.map((check) => check(a)),
  ];
  const cuUpgradeSteps = own.cuUpgradeSteps && a.onLatestCu !== true && onPremExchange ? CU_UPGRADE_STEPS : [];
  return { method, assessedOn, items, cuUpgradeSteps };
}
