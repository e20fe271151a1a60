import type { Answers } from '../../answers';
import type { HybridFlavour } from '../../advice';
import { LIMITS } from '../../facts/limits';
import { THROUGHPUT_GB_PER_HOUR } from '../../facts/planning';
import { certificateCheck, item, LICENCES_AS_MAILBOXES_ARRIVE, syncNeededCheck } from '../shared';
import type { Flavour, MethodDefinition } from '../types';
import { hybridCatalogue } from './catalogue';
import { hybridRules } from './rules';

const FLAVOURS = {
  full: { kind: 'full', text: 'Full hybrid: long coexistence with shared free/busy, mail flow and address book, suited to thousands of mailboxes or a long move.' },
  express: { kind: 'express', text: 'Express-style: a minimal hybrid finished within a couple of weeks. The wizard no longer offers an express option, so choose minimal hybrid and move everyone quickly.' },
  minimal: { kind: 'minimal', text: 'Minimal hybrid: mailboxes move over a few weeks or months without free/busy sharing; lighter to set up than full hybrid.' },
} as const satisfies Record<HybridFlavour, Flavour>;

/** Which Hybrid Configuration Wizard set-up fits: full, minimal, or express-style (facts §1, M6). */
function hybridFlavour(a: Answers): Flavour {
  if (a.mailboxCount > LIMITS.minimalHybridMaxMailboxes.value || a.needCoexistence === true) return FLAVOURS.full;
  return a.timelineWeeks <= 3 ? FLAVOURS.express : FLAVOURS.minimal;
}

/** Hybrid: on-premises Exchange and Exchange Online side by side; mailboxes move with MRS remote moves. */
export const hybrid: MethodDefinition = {
  id: 'hybrid',
  label: 'Hybrid migration',
  short: 'hybrid',
  withArticle: 'a hybrid migration',
  catalogue: hybridCatalogue,
  rules: hybridRules,
  largestItem: LIMITS.mrsLargestItemMb,
  keepsDirectorySync: true,
  flavour: hybridFlavour,
  duration: {
    throughput: THROUGHPUT_GB_PER_HOUR.hybrid,
    rateNote: 'the range Microsoft reports for hybrid moves',
    finishing: '',
    setupDays: (a) => {
      const sync = a.directorySync === 'in-place' ? 0 : 3;
      const cu = a.onLatestCu === false ? { low: 5, high: 15 } : { low: 0, high: 0 };
      return { low: 7 + sync + cu.low, high: 15 + sync + cu.high };
    },
    finishDays: () => ({ low: 1, high: 3 }),
  },
  readiness: {
    prerequisites: [
      certificateCheck('M5'),
      () => item('mrsproxy', 'MRSProxy and EWS', 'unknown', 'Enable MRSProxy on the EWS virtual directory and publish Autodiscover and EWS to the internet.', 'M5'),
      () => item('ports', 'Ports 25 and 443', 'unknown', 'Exchange Online must reach your servers on ports 25 and 443 (or install the Hybrid Agent for modern hybrid).', 'M5'),
      syncNeededCheck('M5'),
    ],
    licences: LICENCES_AS_MAILBOXES_ARRIVE,
    last: [],
    cuUpgradeSteps: true,
  },
};
