import type { Answers } from '../answers';
import type { ReadinessItem, ReadinessStatus } from '../advice';
import { PROFILES_A_DAY } from '../facts/planning';
import type { SourceId } from '../sources';
import type { DayRange } from './types';

/**
 * Days a helpdesk needs to set up every user's Outlook profile (our planning figure).
 * @example profileDays({ ...answers, mailboxCount: 400 }) // { low: 4, high: 10 }
 */
export function profileDays(a: Answers): DayRange {
  return { low: a.mailboxCount / PROFILES_A_DAY.high, high: a.mailboxCount / PROFILES_A_DAY.low };
}

/** One readiness item. */
export function item(id: string, title: string, status: ReadinessStatus, text: string, source: SourceId): ReadinessItem {
  return { id, title, status, text, source };
}

/** How the helpdesk's profile work reads among the duration assumptions. */
export const PROFILES_NOTE = `, Outlook profiles set up at ${PROFILES_A_DAY.low}–${PROFILES_A_DAY.high} ${PROFILES_A_DAY.unit}`;

/** The source's public certificate: every method that reaches into on-premises Exchange needs one. */
export const certificateCheck = (source: SourceId) => (): ReadinessItem =>
  item('certificate', 'Public certificate', 'unknown', 'The source needs a certificate from a trusted public authority (not self-signed) covering its published names. Check the name and expiry date.', source);

/** Outlook Anywhere, which cutover and staged read mailboxes through. */
export const outlookAnywhereCheck = (source: SourceId) => (): ReadinessItem =>
  item('outlook-anywhere', 'Outlook Anywhere published', 'unknown', 'Outlook Anywhere (RPC over HTTP) must answer from the internet; the Remote Connectivity Analyzer tests it.', source);

/** Directory sync, which methods that keep accounts on-premises need before the first batch. */
export const syncNeededCheck = (source: SourceId) => ({ directorySync: sync }: Answers): ReadinessItem =>
  sync === 'in-place'
    ? item('directory-sync', 'Directory sync', 'pass', 'Directory sync is running, which this method needs.', source)
    : item('directory-sync', 'Directory sync', sync === undefined ? 'unknown' : 'needs-work', 'Install Microsoft Entra Connect and sync every user who will move before the first batch.', source);

/** Licences, as most methods need them: ready before, assigned as mailboxes arrive. */
export const LICENCES_AS_MAILBOXES_ARRIVE = { text: 'Have a licence for every user ready; assign them as mailboxes arrive.', source: 'M1' } as const;
