import { certificateCheck, item, licencesAsMailboxesArrive, outlookAnywhereCheck, syncNeededCheck, tlsCheck } from '../shared';
import type { MethodDefinition } from '../types';
import { stagedCatalogue } from './catalogue';
import { stagedScoring } from './scoring';

/** Staged: batches from Exchange 2003 or 2007, with accounts synced from on-premises AD. */
export const staged: MethodDefinition = {
  ...stagedScoring,
  catalogue: stagedCatalogue,
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
