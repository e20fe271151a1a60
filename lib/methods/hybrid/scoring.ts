import type { Answers } from '../../answers';
import { DATES, happened } from '../../facts/dates';
import { LIMITS } from '../../facts/limits';
import { HYBRID_RATE_PER_MOVE } from '../../facts/planning';
import { currentBuild, SOURCE_SYSTEMS } from '../../facts/source-systems';
import { scaledSetup, syncPart } from '../shared';
import type { SetupPart } from '../types';
import { HYBRID_COPY, HYBRID_FINISH, hybridChoice, weighed } from './flavour';
import { hybridLimits, hybridRules } from './rules';
import type { MethodScoring } from '../types';

/** Hybrid setup: the base, directory sync, updates, and full hybrid's extras weighed by how far the answers lean to full. */
function setup(a: Answers, date: string): SetupPart[] {
  const w = hybridChoice(a).fullWeight;
  const parts: SetupPart[] = [scaledSetup(a, 'Hybrid setup (certificate, publishing Autodiscover and EWS, MRSProxy, the wizard)', [2, 4], [3, 7]), ...syncPart(a)];
  if (a.onLatestCu === false) parts.push({ what: `Bringing every server to ${currentBuild(a.source, date)}`, low: 5, high: 15 });
  if (w > 0) {
    parts.push({ what: 'Full hybrid’s connectors, organisation relationship and dedicated hybrid app', ...weighed(w, { low: 4, high: 9 }) });
    if ((a.source === 'exchange-2010' || a.source === 'exchange-2013') && happened(DATES.sharedServicePrincipalBlocked, date)) {
      parts.push({ what: `Replacing the ${SOURCE_SYSTEMS[a.source].short} servers with ${SOURCE_SYSTEMS[a.source].bridgeServer} for full hybrid`, ...weighed(w, { low: 20, high: 40 }) });
    }
  }
  return parts;
}

/** Hybrid: on-premises Exchange and Exchange Online side by side; mailboxes move with MRS remote moves. */
export const hybridScoring: MethodScoring = {
  id: 'hybrid',
  label: 'Hybrid migration',
  short: 'hybrid',
  withArticle: 'a hybrid migration',
  base: 'Every method starts at 50; the reasons below move hybrid up or down.',
  limits: hybridLimits,
  rules: hybridRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: (a) => hybridChoice(a).kind !== 'express',
  flavour: hybridChoice,
  duration: {
    ...HYBRID_COPY,
    ratePerMove: HYBRID_RATE_PER_MOVE,
    profiles: 'none',
    setup,
    finish: () => ({ what: 'Completing the last batch and pointing MX and Autodiscover at Exchange Online', ...HYBRID_FINISH }),
  },
};
