import { BYTES_PER_GB } from '../estate/sizes';
import type { Estate } from '../estate/types';
import type { PlanLink, PlanMailbox } from './types';

/**
 * The planner's view of what the exports read: each mailbox with its primary and archive size in GB, and every right
 * (Full Access, Send As, Send on Behalf) as a link between two mailboxes.
 * @example planFromEstate(estate).mailboxes[0] // { address: 'ann@contoso.com', name: 'Ann Lee', kind: 'user', gb: 2.1, archiveGb: 0 }
 */
export function planFromEstate(estate: Estate): { mailboxes: PlanMailbox[]; links: PlanLink[] } {
  return {
    mailboxes: estate.mailboxes.map((m) => ({ address: m.address, name: m.displayName, kind: m.kind, gb: (m.bytes ?? 0) / BYTES_PER_GB, archiveGb: (m.archiveBytes ?? 0) / BYTES_PER_GB })),
    links: estate.permissions.map((p) => ({ mailbox: p.mailbox, grantee: p.grantee, right: p.right })),
  };
}
