import { LIMITS } from '../../facts/limits';
import { SERVICE_RATE_PER_MOVE } from '../../facts/planning';
import { certificateCheck, item, licencesAsMailboxesArrive, outlookAnywhereCheck, scaledSetup, switchOver, tlsCheck } from '../shared';
import type { MethodDefinition } from '../types';
import { cutoverCatalogue } from './catalogue';
import { cutoverLimits, cutoverRules } from './rules';

/** Cutover: every mailbox in one go over Outlook Anywhere, then mail switches over. */
export const cutover: MethodDefinition = {
  id: 'cutover',
  label: 'Cutover migration',
  short: 'cutover',
  withArticle: 'a cutover migration',
  base: 'Every method starts at 50; the reasons below move a cutover up or down.',
  catalogue: cutoverCatalogue,
  limits: cutoverLimits,
  rules: cutoverRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    ratePerMove: SERVICE_RATE_PER_MOVE,
    maxConcurrency: LIMITS.maxConcurrency.value,
    mailboxPace: 'table',
    profiles: 'after',
    setup: (a) => [
      scaledSetup(a, 'Setup before the batch starts (domain, Outlook Anywhere and certificate checks, endpoint)', [1, 2], [2, 5]),
      ...(a.directorySync === 'in-place' ? [{ what: 'Turning directory sync off and letting it finish', low: 1, high: LIMITS.syncOffHours.value / 24 }] : []),
    ],
    finish: () => switchOver(),
  },
  readiness: {
    prerequisites: [
      tlsCheck,
      certificateCheck('M2'),
      outlookAnywhereCheck('M2'),
      ({ directorySync: sync }) =>
        sync === 'in-place'
          ? item('directory-sync', 'Directory sync off', 'needs-work', 'A cutover creates cloud users itself: turn directory sync off first. The accounts it synced are then cloud-only, with no on-premises source.', 'M2')
          : sync === 'planned'
            ? item('directory-sync', 'Directory sync off', 'needs-work', 'Hold the planned directory sync until the cutover is complete, then match each cloud account to its on-premises one.', 'M2')
            : item('directory-sync', 'Directory sync off', sync === undefined ? 'unknown' : 'pass', 'A cutover needs directory sync off; make sure it is not running.', 'M2'),
    ],
    licences: licencesAsMailboxesArrive,
    last: [],
    cuUpgradeSteps: false,
  },
};
