import { LIMITS } from '../../facts/limits';
import { THROUGHPUT_GB_PER_HOUR } from '../../facts/planning';
import { certificateCheck, LICENCES_AS_MAILBOXES_ARRIVE, outlookAnywhereCheck, PROFILES_NOTE, profileDays, syncNeededCheck } from '../shared';
import type { MethodDefinition } from '../types';
import { stagedCatalogue } from './catalogue';
import { stagedRules } from './rules';

/** Staged: batches from Exchange 2003 or 2007, with accounts synced from on-premises AD. */
export const staged: MethodDefinition = {
  id: 'staged',
  label: 'Staged migration',
  short: 'staged',
  withArticle: 'a staged migration',
  catalogue: stagedCatalogue,
  rules: stagedRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: true,
  duration: {
    throughput: THROUGHPUT_GB_PER_HOUR.staged,
    rateNote: `with the default ${LIMITS.defaultConcurrency.value} mailboxes moving at a time`,
    finishing: PROFILES_NOTE,
    setupDays: (a) => (a.directorySync === 'in-place' ? { low: 2, high: 5 } : { low: 5, high: 10 }),
    finishDays: (a) => {
      const profiles = profileDays(a);
      return { low: 1 + profiles.low, high: 3 + profiles.high };
    },
  },
  readiness: {
    prerequisites: [
      certificateCheck('M2'),
      outlookAnywhereCheck('M3'),
      syncNeededCheck('M3'),
    ],
    licences: LICENCES_AS_MAILBOXES_ARRIVE,
    last: [],
    cuUpgradeSteps: false,
  },
};
