import type { Answers, Method } from './answers';
import { LIMITS, SOURCE_FACTS, supportEndedBy } from './facts';
import type { SourceId } from './sources';

export type ReadinessStatus = 'pass' | 'needs-work' | 'unknown';

/** One thing to be ready before the move: its status for these answers and what to do. */
export interface ReadinessItem {
  id: string;
  title: string;
  status: ReadinessStatus;
  text: string;
  source: SourceId;
}

export interface Readiness {
  method: Method;
  /** The date support status was judged on (ISO), passed in by the caller. */
  assessedOn: string;
  items: ReadinessItem[];
  /** For hybrid from out-of-date servers: how to bring them to a supported cumulative update. */
  cuUpgradeSteps: string[];
}

const EXCHANGE_FAMILIES = new Set(['legacy-exchange', 'modern-exchange']);

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
];

function item(id: string, title: string, status: ReadinessStatus, text: string, source: SourceId): ReadinessItem {
  return { id, title, status, text, source };
}

function largestItemLimit(method: Method): number {
  return method === 'imap' ? LIMITS.imapLargestItemMb : LIMITS.mrsLargestItemMb;
}

/**
 * The readiness checklist for a method, judged on a given date (no clock inside lib/).
 * @example readiness({ ...answers, source: 'exchange-2016' }, 'hybrid', '2026-11-25').items[0].status // 'needs-work'
 */
export function readiness(a: Answers, method: Method, assessedOn: string): Readiness {
  const src = SOURCE_FACTS[a.source];
  const onPremExchange = EXCHANGE_FAMILIES.has(src.family);
  const items: ReadinessItem[] = [];

  if (onPremExchange) {
    const end = supportEndedBy(a.source, assessedOn);
    items.push(
      end !== null
        ? item('support-status', 'Source version in support', 'needs-work', `${src.label} left extended support on ${end}: no more security fixes. Move soon, and keep the servers patched to their last update meanwhile.`, 'M9')
        : item('support-status', 'Source version in support', 'pass', `${src.label} is in support on ${assessedOn}.`, 'M9'),
    );
    const cuText = 'Microsoft supports only the current and previous cumulative update; Exchange Online throttles mail from older servers (4.7.230) and then blocks it (5.7.230).';
    items.push(
      a.onLatestCu === true
        ? item('cumulative-update', 'Servers on a supported cumulative update', 'pass', 'Your servers are on the current or previous cumulative update.', 'M9')
        : a.onLatestCu === false
          ? item('cumulative-update', 'Servers on a supported cumulative update', 'needs-work', `${cuText} Update every server before you start.`, 'M9')
          : item('cumulative-update', 'Servers on a supported cumulative update', 'unknown', `${cuText} Compare each server’s build (Get-ExchangeServer) with Microsoft’s list.`, 'M9'),
    );
  }

  if (method !== 'imap') {
    items.push(item('certificate', 'Public certificate', 'unknown', 'The source needs a certificate from a trusted public authority (not self-signed) covering its published names. Check the name and expiry date.', method === 'hybrid' ? 'M5' : 'M2'));
  }
  if (method === 'cutover' || method === 'staged') {
    items.push(item('outlook-anywhere', 'Outlook Anywhere published', 'unknown', 'Outlook Anywhere (RPC over HTTP) must answer from the internet; the Remote Connectivity Analyzer tests it.', method === 'cutover' ? 'M2' : 'M3'));
  }
  if (method === 'hybrid') {
    items.push(item('mrsproxy', 'MRSProxy and EWS', 'unknown', 'Enable MRSProxy on the EWS virtual directory and publish Autodiscover and EWS to the internet.', 'M5'));
    items.push(item('ports', 'Ports 25 and 443', 'unknown', 'Exchange Online must reach your servers on ports 25 and 443 (or install the Hybrid Agent for modern hybrid).', 'M5'));
  }

  const sync = a.directorySync;
  if (method === 'staged' || method === 'hybrid') {
    items.push(
      sync === 'in-place'
        ? item('directory-sync', 'Directory sync', 'pass', 'Directory sync is running, which this method needs.', method === 'hybrid' ? 'M5' : 'M3')
        : item('directory-sync', 'Directory sync', sync === undefined ? 'unknown' : 'needs-work', 'Install Microsoft Entra Connect and sync every user who will move before the first batch.', method === 'hybrid' ? 'M5' : 'M3'),
    );
  } else if (method === 'cutover') {
    items.push(
      sync === 'in-place'
        ? item('directory-sync', 'Directory sync off', 'needs-work', 'A cutover creates cloud users itself: turn directory sync off first.', 'M2')
        : item('directory-sync', 'Directory sync off', sync === undefined ? 'unknown' : 'pass', 'A cutover needs directory sync off; make sure it is not running.', 'M2'),
    );
  }

  items.push(
    item(
      'licences',
      'Licences',
      'unknown',
      method === 'imap' ? 'Create and license every user in Microsoft 365 before the move: IMAP copies mail only into existing mailboxes.' : 'Have a licence for every user ready; assign them as mailboxes arrive.',
      method === 'imap' ? 'M4' : 'M1',
    ),
  );

  const largest = a.largestMailboxGb;
  const quota = LIMITS.mailboxQuotaGb;
  items.push(
    largest === undefined
      ? item('mailbox-size', 'Largest mailbox against the plan’s quota', 'unknown', `Business and Plan 1 licences give ${quota.standard} GB, E3/E5 ${quota.e3} GB: compare your largest mailbox.`, 'M7')
      : largest <= quota.standard
        ? item('mailbox-size', 'Largest mailbox against the plan’s quota', 'pass', `Your largest mailbox (${largest} GB) fits the ${quota.standard} GB of every business plan.`, 'M7')
        : item('mailbox-size', 'Largest mailbox against the plan’s quota', 'needs-work', largest <= quota.e3 ? `Your largest mailbox (${largest} GB) needs an E3/E5 licence (${quota.e3} GB) or an archive.` : `Your largest mailbox (${largest} GB) is over even ${quota.e3} GB: give it an archive mailbox${largest > LIMITS.mailboxMoveCeilingGb ? ', and split it before moving' : ''}.`, 'M7'),
  );

  const limit = largestItemLimit(method);
  const biggest = a.largestItemMb;
  items.push(
    biggest === undefined
      ? item('largest-item', `Largest item within ${limit} MB`, 'unknown', `This method moves items up to ${limit} MB; larger ones are skipped. Find the largest items first.`, method === 'imap' ? 'M4' : 'M7')
      : biggest <= limit
        ? item('largest-item', `Largest item within ${limit} MB`, 'pass', `Your largest item (${biggest} MB) is within the ${limit} MB this method moves.`, method === 'imap' ? 'M4' : 'M7')
        : item('largest-item', `Largest item within ${limit} MB`, 'needs-work', `Your largest item (${biggest} MB) is over ${limit} MB and will be skipped: export such items to PST or tell their owners.`, method === 'imap' ? 'M4' : 'M7'),
  );

  if (method === 'imap') {
    items.push(item('imap-connections', 'IMAP connection limits', 'unknown', 'Raise the source server’s and firewall’s limits on total, per-user and per-IP connections for the duration of the move.', 'M4'));
  }

  const cuUpgradeSteps = method === 'hybrid' && a.onLatestCu !== true && onPremExchange ? CU_UPGRADE_STEPS : [];
  return { method, assessedOn, items, cuUpgradeSteps };
}
