import { LIMITS } from '../../facts/limits';
import { THROUGHPUT_GB_PER_HOUR } from '../../facts/planning';
import { certificateCheck, item, LICENCES_AS_MAILBOXES_ARRIVE, outlookAnywhereCheck, PROFILES_NOTE, profileDays } from '../shared';
import type { MethodDefinition } from '../types';
import { cutoverCatalogue } from './catalogue';
import { cutoverRules } from './rules';

/** Cutover: every mailbox in one go over Outlook Anywhere, then mail switches over. */
export const cutover: MethodDefinition = {
  id: 'cutover',
  label: 'Cutover migration',
  short: 'cutover',
  withArticle: 'a cutover migration',
  catalogue: cutoverCatalogue,
  rules: cutoverRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    throughput: THROUGHPUT_GB_PER_HOUR.cutover,
    rateNote: `with the default ${LIMITS.defaultConcurrency.value} mailboxes moving at a time`,
    finishing: PROFILES_NOTE,
    setupDays: (a) => (a.directorySync === 'in-place' ? { low: 3, high: 7 } : { low: 2, high: 5 }),
    finishDays: (a) => {
      const profiles = profileDays(a);
      return { low: 1 + profiles.low, high: 2 + profiles.high };
    },
  },
  readiness: {
    prerequisites: [
      certificateCheck('M2'),
      outlookAnywhereCheck('M2'),
      ({ directorySync: sync }) =>
        sync === 'in-place'
          ? item('directory-sync', 'Directory sync off', 'needs-work', 'A cutover creates cloud users itself: turn directory sync off first.', 'M2')
          : item('directory-sync', 'Directory sync off', sync === undefined ? 'unknown' : 'pass', 'A cutover needs directory sync off; make sure it is not running.', 'M2'),
    ],
    licences: LICENCES_AS_MAILBOXES_ARRIVE,
    last: [],
    cuUpgradeSteps: false,
  },
};
