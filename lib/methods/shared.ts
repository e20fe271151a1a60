import type { Answers } from '../answers';
import type { ReadinessItem, ReadinessStatus } from '../advice';
import { LIMITS } from '../facts/limits';
import { SOURCE_SYSTEMS } from '../facts/source-systems';
import { formatCount } from '../format';
import type { SourceId } from '../sources';
import type { SetupPart } from './types';

/** One readiness item. */
export function item(id: string, title: string, status: ReadinessStatus, text: string, source: SourceId): ReadinessItem {
  return { id, title, status, text, source };
}

/** The source's public certificate: every method that reaches into on-premises Exchange needs one. */
export const certificateCheck = (source: SourceId) => (): ReadinessItem =>
  item('certificate', 'Public certificate', 'unknown', 'The source needs a certificate from a trusted public authority (not self-signed) covering its published names. Check the name and expiry date.', source);

/** Outlook Anywhere, which cutover and staged read mailboxes through. */
export const outlookAnywhereCheck = (source: SourceId) => (): ReadinessItem =>
  item('outlook-anywhere', 'Outlook Anywhere published', 'unknown', 'Outlook Anywhere (RPC over HTTP) must answer from the internet; the Remote Connectivity Analyzer tests it.', source);

/** Directory sync, which methods that keep accounts on-premises need before the first batch. */
export const syncNeededCheck = (source: SourceId, extra = '') => ({ directorySync: sync }: Answers): ReadinessItem =>
  sync === 'in-place'
    ? item('directory-sync', 'Directory sync', 'pass', `Directory sync is running, which this method needs.${extra}`, source)
    : item('directory-sync', 'Directory sync', sync === undefined ? 'unknown' : 'needs-work', `Install Microsoft Entra Connect and sync every user who will move before the first batch.${extra}`, source);

/** TLS 1.2, which Exchange 2003 on Windows Server 2003 cannot offer (facts §9). */
export const tlsCheck = (a: Answers): ReadinessItem | null =>
  SOURCE_SYSTEMS[a.source].tls12 === false
    ? item('tls', 'TLS 1.2 on the source', 'needs-work', `${SOURCE_SYSTEMS[a.source].short} on Windows Server 2003 cannot offer TLS 1.2, which Microsoft 365 requires, so the migration service usually cannot connect. Put a newer server in between, use a migration tool, or export to PST.`, 'M21')
    : null;

/** Licences, as most methods need them: ready before, assigned as mailboxes arrive. */
export const licencesAsMailboxesArrive = () => ({ text: 'Have a licence for every user ready; assign them as mailboxes arrive.', source: 'M1' }) as const;

/** Users must exist (and be licensed) before their mail moves: created in bulk, or by directory sync when it runs. */
export const usersFirst = (source: SourceId) => (a: Answers) =>
  a.directorySync === 'in-place'
    ? { text: 'Directory sync already creates the users: license each one before their mail moves.', source }
    : { text: 'Create and license every user in Microsoft 365 before the move: the copy fills only mailboxes that exist.', source };

/** Setup: creating the users in bulk (none when directory sync already creates them). */
export function createUsersPart(a: Answers): SetupPart[] {
  if (a.directorySync === 'in-place') return [];
  return [{ what: `Creating and licensing ${formatCount(a.mailboxCount)} users in bulk`, low: 1 + a.mailboxCount / 20_000, high: 2 + a.mailboxCount / 5000 }];
}

/** Setup: installing directory sync where the method needs it and it is not running yet. */
export function syncPart(a: Answers): SetupPart[] {
  return a.directorySync === 'in-place' ? [] : [{ what: 'Installing Microsoft Entra Connect and a first sync', low: 2, high: 5 }];
}

/** The switch-over after the last copy: MX change and the last sync (up to 72 hours for the MX change to reach everyone). */
export const switchOver = (what = 'Switch-over (MX change and last sync)'): SetupPart => ({ what, low: 1, high: LIMITS.mxChangeWaitHours.value / 24 });
