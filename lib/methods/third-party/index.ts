import { DATES, happened } from '../../facts/dates';
import { formatDate } from '../../format';
import { item, usersFirst } from '../shared';
import type { MethodDefinition } from '../types';
import { thirdPartyCatalogue } from './catalogue';
import { thirdPartyScoring } from './scoring';

/** A migration tool or partner (vendor-neutral): copies over each system's interfaces, paid per mailbox. */
export const thirdParty: MethodDefinition = {
  ...thirdPartyScoring,
  catalogue: thirdPartyCatalogue,
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
