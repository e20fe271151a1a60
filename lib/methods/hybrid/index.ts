import type { Answers } from '../../answers';
import { DATES, happened } from '../../facts/dates';
import { LIMITS } from '../../facts/limits';
import { HYBRID_RATE_PER_MOVE } from '../../facts/planning';
import { currentBuild, SOURCE_SYSTEMS, supportEndedBy } from '../../facts/source-systems';
import { formatDate } from '../../format';
import { certificateCheck, item, licencesAsMailboxesArrive, scaledSetup, syncNeededCheck, syncPart, tlsCheck } from '../shared';
import type { MethodDefinition, SetupPart } from '../types';
import { hybridCatalogue } from './catalogue';
import { HYBRID_COPY, HYBRID_FINISH, hybridChoice, weighed } from './flavour';
import { hybridLimits, hybridRules } from './rules';

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
export const hybrid: MethodDefinition = {
  id: 'hybrid',
  label: 'Hybrid migration',
  short: 'hybrid',
  withArticle: 'a hybrid migration',
  base: 'Every method starts at 50; the reasons below move hybrid up or down.',
  catalogue: hybridCatalogue,
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
