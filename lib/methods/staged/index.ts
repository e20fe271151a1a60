import { LIMITS } from '../../facts/limits';
import { SERVICE_RATE_PER_MOVE } from '../../facts/planning';
import { certificateCheck, item, licencesAsMailboxesArrive, outlookAnywhereCheck, scaledSetup, switchOver, syncNeededCheck, syncPart, tlsCheck } from '../shared';
import type { MethodDefinition } from '../types';
import { stagedCatalogue } from './catalogue';
import { stagedLimits, stagedRules } from './rules';

/** Staged: batches from Exchange 2003 or 2007, with accounts synced from on-premises AD. */
export const staged: MethodDefinition = {
  id: 'staged',
  label: 'Staged migration',
  short: 'staged',
  withArticle: 'a staged migration',
  base: 'Every method starts at 50; the reasons below move a staged migration up or down.',
  catalogue: stagedCatalogue,
  limits: stagedLimits,
  rules: stagedRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: true,
  duration: {
    ratePerMove: SERVICE_RATE_PER_MOVE,
    maxConcurrency: LIMITS.maxConcurrency.value,
    mailboxPace: 'table',
    profiles: 'alongside',
    setup: (a) => [scaledSetup(a, 'Setup before the first batch (domain, Outlook Anywhere and certificate checks, endpoint, batch files)', [1, 3], [3, 7]), ...syncPart(a)],
    finish: () => switchOver('Switch-over after the last batch (MX change and last sync)'),
  },
  readiness: {
    prerequisites: [
      tlsCheck,
      certificateCheck('M2'),
      outlookAnywhereCheck('M3'),
      syncNeededCheck('M3'),
      () => item('transport-enforcement', 'Mail from out-of-date servers', 'needs-work', 'While batches run, your servers forward mail for moved users to Exchange Online, which throttles (4.7.230) and then blocks (5.7.230) mail from out-of-date servers. Check the mail flow report and know how to pause it (New-TenantExemptionInfo).', 'M15'),
    ],
    licences: licencesAsMailboxesArrive,
    last: [],
    cuUpgradeSteps: false,
  },
};
