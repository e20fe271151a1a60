import { DATES, happened } from '../../facts/dates';
import { currentBuild, SOURCE_SYSTEMS, supportEndedBy } from '../../facts/source-systems';
import { formatDate } from '../../format';
import { certificateCheck, item, licencesAsMailboxesArrive, syncNeededCheck, tlsCheck } from '../shared';
import type { MethodDefinition } from '../types';
import { hybridCatalogue } from './catalogue';
import { hybridChoice } from './flavour';
import { hybridScoring } from './scoring';

/** Hybrid: on-premises Exchange and Exchange Online side by side; mailboxes move with MRS remote moves. */
export const hybrid: MethodDefinition = {
  ...hybridScoring,
  catalogue: hybridCatalogue,
  readiness: {
    prerequisites: [
      tlsCheck,
      certificateCheck('M5'),
      () => item('mrsproxy', 'MRSProxy and EWS', 'unknown', 'Enable MRSProxy on the EWS virtual directory and publish Autodiscover and EWS to the internet.', 'M5'),
      (a) =>
        hybridChoice(a).kind === 'full'
          ? item('ports', 'Ports 443 and 25', 'unknown', 'Exchange Online must reach your servers on port 443 (or install the Hybrid Agent), and full hybrid mail flow needs port 25 both ways: the Hybrid Agent carries no mail.', 'M17')
          : item('ports', 'Port 443', 'unknown', 'Exchange Online must reach Autodiscover, EWS and MRSProxy on port 443 (or install the Hybrid Agent). Minimal hybrid needs no mail connectors.', 'M17'),
      syncNeededCheck('M5', ' Turn on its Exchange hybrid deployment option.'),
      (a, date) => {
        if (hybridChoice(a).kind !== 'full' || !happened(DATES.hybridAppUpdate, date)) return null;
        const system = SOURCE_SYSTEMS[a.source];
        const blocked = DATES.sharedServicePrincipalBlocked;
        if (!system.hybridAppReady) {
          return happened(blocked, date)
            ? item('hybrid-app', 'Dedicated Exchange hybrid app', 'needs-work', `${system.short} cannot run the dedicated hybrid app that free/busy and mail flow across premises now need: its servers must be replaced by ${system.bridgeServer} first, or choose minimal hybrid.`, 'M14')
            : null;
        }
        const since = happened(blocked, date) ? `has been blocked since ${formatDate(blocked.date)}` : `is blocked from ${formatDate(blocked.date)}`;
        return item('hybrid-app', 'Dedicated Exchange hybrid app', 'unknown', `Free/busy, MailTips and photos across premises work only through the dedicated hybrid app in Entra ID (the shared service principal ${since}), with every server on ${currentBuild(a.source, date)}. The current wizard creates it.`, 'M14');
      },
      (a, date) =>
        hybridChoice(a).kind === 'full' && supportEndedBy(a.source, date) !== null
          ? item('transport-enforcement', 'Mail from out-of-date servers', 'needs-work', 'Exchange Online throttles (4.7.230) and then blocks (5.7.230) mail sent by out-of-date servers over hybrid connectors. Check the out-of-date servers report in the Exchange admin center, and know how to pause it (New-TenantExemptionInfo).', 'M15')
          : null,
    ],
    licences: licencesAsMailboxesArrive,
    last: [],
    cuUpgradeSteps: true,
  },
};
