import { LIMITS } from '../../facts/limits';
import { LARGE_MOVE_ENDPOINTS, TOOL_RATE_PER_MOVE } from '../../facts/planning';
import { createUsersPart, scaledSetup, switchOver } from '../shared';
import { thirdPartyRules } from './rules';
import type { MethodScoring } from '../types';

/** A migration tool or partner (vendor-neutral): copies over each system's interfaces, paid per mailbox. */
export const thirdPartyScoring: MethodScoring = {
  id: 'third-party',
  label: 'Migration tool or partner',
  short: 'a migration tool',
  withArticle: 'a migration tool or partner',
  base: 'Every method starts at 50; the reasons below move a migration tool up or down.',
  limits: [],
  rules: thirdPartyRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    ratePerMove: TOOL_RATE_PER_MOVE,
    maxConcurrency: LARGE_MOVE_ENDPOINTS * LIMITS.maxConcurrency.value,
    mailboxPace: 'rate',
    profiles: 'alongside',
    setup: (a) => [scaledSetup(a, 'Choosing and buying the tool, admin access on both sides, configuration', [2, 5], [5, 10]), ...createUsersPart(a)],
    finish: () => switchOver('Switch-over (MX change and last delta sync)'),
  },
};
