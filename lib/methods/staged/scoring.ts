import { LIMITS } from '../../facts/limits';
import { SERVICE_RATE_PER_MOVE } from '../../facts/planning';
import { scaledSetup, switchOver, syncPart } from '../shared';
import { stagedLimits, stagedRules } from './rules';
import type { MethodScoring } from '../types';

/** Staged: batches from Exchange 2003 or 2007, with accounts synced from on-premises AD. */
export const stagedScoring: MethodScoring = {
  id: 'staged',
  label: 'Staged migration',
  short: 'staged',
  withArticle: 'a staged migration',
  base: 'Every method starts at 50; the reasons below move a staged migration up or down.',
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
};
