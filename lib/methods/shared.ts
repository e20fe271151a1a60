import type { Answers } from '../answers';
import type { ReadinessItem, ReadinessStatus } from '../advice';
import { LIMITS } from '../facts/limits';
import { LARGE_MOVE_ENDPOINTS, SERVICE_RATE_PER_MOVE } from '../facts/planning';
import { SOURCE_SYSTEMS } from '../facts/source-systems';
import { formatCount } from '../format';
import { interpolate } from '../rules/ramp';
import type { SourceId } from '../sources';
import type { SetupPart, StepTemplate } from './types';

/** One readiness item. */
export function item(id: string, title: string, status: ReadinessStatus, text: string, source: SourceId): ReadinessItem {
  return { id, title, status, text, source };
}

/** The source's public certificate: every method that reaches into on-premises Exchange needs one. */
export const certificateCheck = (source: SourceId) => (): ReadinessItem =>
  item('certificate', 'Public certificate', 'unknown', 'The source needs a certificate from a trusted public authority (not self-signed) covering its published names. Check the name and expiry date.', source);

/** Outlook Anywhere, which cutover and staged read mailboxes through. */
export const outlookAnywhereCheck = (source: SourceId) => (a: Answers): ReadinessItem =>
  item('outlook-anywhere', 'Outlook Anywhere published', 'unknown', `Outlook Anywhere (RPC over HTTP) must answer from the internet; the Remote Connectivity Analyzer tests it.${a.source === 'exchange-2003' ? ' From Exchange 2003, ports 6001, 6002 and 6004 must be open too.' : ''}`, source);

/** Directory sync, which methods that keep accounts on-premises need before the first batch. */
export const syncNeededCheck = (source: SourceId, extra = '') => ({ directorySync: sync }: Answers): ReadinessItem =>
  sync === 'in-place'
    ? item('directory-sync', 'Directory sync', 'pass', `Directory sync is running, which this method needs.${extra}`, source)
    : item('directory-sync', 'Directory sync', sync === undefined ? 'unknown' : 'needs-work', `Install Microsoft Entra Connect and sync every user who will move before the first batch.${extra}`, source);

/** TLS 1.2, which Microsoft 365 requires: Exchange 2003 cannot offer it; 2007 and 2010 depend on their Windows version (facts §9). */
export const tlsCheck = (a: Answers): ReadinessItem | null => {
  const system = SOURCE_SYSTEMS[a.source];
  if (system.tls12 === 'no') {
    return item('tls', 'TLS 1.2 on the source', 'needs-work', `${system.short} on Windows Server 2003 cannot offer TLS 1.2, which Microsoft 365 requires, so the migration service usually cannot connect. Put a newer server in between, use a migration tool, or export to PST.`, 'M21');
  }
  if (system.tls12 === 'depends') {
    return item('tls', 'TLS 1.2 on the source', 'unknown', `Microsoft 365 requires TLS 1.2. Whether ${system.short} offers it depends on its Windows version and updates: turn it on and test it before the first batch.`, 'M21');
  }
  return null;
};

/** Licences, as most methods need them: ready before, assigned as mailboxes arrive. */
export const licencesAsMailboxesArrive = () => ({ text: 'Have a licence for every user ready; assign them as mailboxes arrive.', source: 'M1' }) as const;

/** Users must exist (and be licensed) before their mail moves: created in bulk, or by directory sync when it runs. */
export const usersFirst = (source: SourceId) => (a: Answers) =>
  a.directorySync === 'in-place'
    ? { text: 'Directory sync already creates the users: license each one before their mail moves.', source }
    : { text: 'Create and license every user in Microsoft 365 before the move: the copy fills only mailboxes that exist.', source };

/** A setup step that takes less for a handful of mailboxes: from `small` days for 10 or fewer to `full` days from 150. */
export function scaledSetup(a: Answers, what: string, small: readonly [number, number], full: readonly [number, number]): SetupPart {
  return { what, low: interpolate(a.mailboxCount, [[10, small[0]], [150, full[0]]]), high: interpolate(a.mailboxCount, [[10, small[1]], [150, full[1]]]) };
}

/** Setup: creating the users in bulk (none when directory sync already creates them). */
export function createUsersPart(a: Answers): SetupPart[] {
  if (a.directorySync === 'in-place') return [];
  return [{ what: `Creating and licensing ${formatCount(a.mailboxCount)} user${a.mailboxCount === 1 ? '' : 's'} in bulk`, low: 0.25 + a.mailboxCount / 20_000, high: 1 + a.mailboxCount / 5000 }];
}

/** Setup: installing directory sync where the method needs it and it is not running yet. */
export function syncPart(a: Answers): SetupPart[] {
  return a.directorySync === 'in-place' ? [] : [{ what: 'Installing Microsoft Entra Connect and a first sync', low: 2, high: 5 }];
}

/** The switch-over after the last copy: MX change and the last sync (up to 72 hours for the MX change to reach everyone). */
/** How the migration service copies mailboxes by rate, spread over several endpoints (IMAP and Google Workspace). */
export const SERVICE_BATCHES = { ratePerMove: SERVICE_RATE_PER_MOVE, maxConcurrency: LARGE_MOVE_ENDPOINTS * LIMITS.maxConcurrency.value, mailboxPace: 'rate' } as const;

export const switchOver = (what = 'Switch-over (MX change and last sync)'): SetupPart => ({ what, low: 1, high: LIMITS.mxChangeWaitHours.value / 24 });

const archivesOnServers = (a: Answers) => a.archives === 'on-premises-archives' || a.archives === 'both';
const pstFiles = (a: Answers) => a.archives === 'pst-files' || a.archives === 'both';

/** Steps every method shares for what sits beside the mailboxes: PST files and devices that relay mail. */
export const PST_STEP: StepTemplate = {
  id: 'pst-import',
  text: `Bring PST files in with Microsoft’s PST import (network upload or drive shipping, with a mapping file to each user’s archive): plan about ${LIMITS.pstImportGbPerDay.value} GB a day per mailbox; items over ${LIMITS.mrsLargestItemMb.value} MB are skipped.`,
  when: pstFiles,
};
export const RELAY_STEP: StepTemplate = {
  id: 'relay',
  text: 'Point printers, scanners and applications that send mail at Exchange Online before the old server goes: a connector or direct send suits devices; SMTP AUTH needs modern authentication, as Exchange Online is retiring basic authentication for it.',
  when: (a) => a.smtpRelayDevices !== false,
};
export const ARCHIVES_TO_PST_STEP = (method: string): StepTemplate => ({
  id: 'archives',
  text: `Export the archive mailboxes to PST files and bring them in with the PST import: ${method} fills only the primary mailbox.`,
  when: archivesOnServers,
});
export { archivesOnServers };
