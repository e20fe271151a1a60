import { LIMITS } from '../../facts/limits';
import { SERVICE_RATE_PER_MOVE } from '../../facts/planning';
import { scaledSetup, switchOver } from '../shared';
import { cutoverLimits, cutoverRules } from './rules';
import type { MethodScoring } from '../types';

/** Cutover: every mailbox in one go over Outlook Anywhere, then mail switches over. */
export const cutoverScoring: MethodScoring = {
  id: 'cutover',
  label: 'Cutover migration',
  short: 'cutover',
  withArticle: 'a cutover migration',
  base: 'Every method starts at 50; the reasons below move a cutover up or down.',
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
};
