import { DATES, happened } from '../../facts/dates';
import { LIMITS } from '../../facts/limits';
import { LARGE_MOVE_ENDPOINTS, TOOL_RATE_PER_MOVE } from '../../facts/planning';
import { formatDate } from '../../format';
import { createUsersPart, item, scaledSetup, switchOver, usersFirst } from '../shared';
import type { MethodDefinition } from '../types';
import { thirdPartyCatalogue } from './catalogue';
import { thirdPartyRules } from './rules';

/** A migration tool or partner (vendor-neutral): copies over each system's interfaces, paid per mailbox. */
export const thirdParty: MethodDefinition = {
  id: 'third-party',
  label: 'Migration tool or partner',
  short: 'a migration tool',
  withArticle: 'a migration tool or partner',
  base: 'Every method starts at 50; the reasons below move a migration tool up or down.',
  catalogue: thirdPartyCatalogue,
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
  readiness: {
    prerequisites: [
      (_a, date) =>
        item('tool-graph', 'Tool writes through Microsoft Graph', 'unknown', `Exchange Web Services in Exchange Online ${happened(DATES.ewsRetirementStarts, date) ? 'has been switched off in phases for third-party apps since' : 'starts being switched off for third-party apps on'} ${formatDate(DATES.ewsRetirementStarts.date)}: get the vendor to confirm the tool uses Microsoft Graph.`, 'M14'),
      (a) => item('tool-access', 'Admin access on both sides', 'unknown', `An admin login on the source with access to every mailbox${a.source === 'hosted-exchange' ? ' (your provider grants it)' : ''}, and admin consent for the tool in Microsoft 365.`, 'M1'),
    ],
    licences: usersFirst('M1'),
    last: [],
    cuUpgradeSteps: false,
  },
};
