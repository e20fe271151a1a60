import { certificateCheck, item, licencesAsMailboxesArrive, outlookAnywhereCheck, tlsCheck } from '../shared';
import type { MethodDefinition } from '../types';
import { cutoverCatalogue } from './catalogue';
import { cutoverScoring } from './scoring';

/** Cutover: every mailbox in one go over Outlook Anywhere, then mail switches over. */
export const cutover: MethodDefinition = {
  ...cutoverScoring,
  catalogue: cutoverCatalogue,
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
