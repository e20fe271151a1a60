import type { Answers } from '../../answers';
import { DATES, happened } from '../../facts/dates';
import { LIMITS } from '../../facts/limits';
import { currentBuild, SOURCE_SYSTEMS } from '../../facts/source-systems';
import { PST_STEP, RELAY_STEP } from '../shared';
import type { Catalogue } from '../types';
import { hybridChoice } from './flavour';

const { cutoverRecommendedMailboxes: RECOMMENDED, mrsLargestItemMb: ITEM, publicFolderSizeGb: PF_FOLDER } = LIMITS;
const full = (a: Answers) => hybridChoice(a).kind === 'full';
const express = (a: Answers) => hybridChoice(a).kind === 'express';
const oldExchange = (a: Answers) => a.source === 'exchange-2010' || a.source === 'exchange-2013';
const short = (a: Answers) => SOURCE_SYSTEMS[a.source].short;

/** What happens to the last on-premises server, by version (M16): the management tools serve 2013 and later. */
function lastServer(a: Answers): string {
  if (SOURCE_SYSTEMS[a.source].managementTools) {
    const tools = a.source === 'exchange-2013' || a.source === 'exchange-2016' ? 'the Exchange Server 2019 CU12 (or later) management tools, which update the Active Directory schema,' : 'the Exchange Management Tools';
    return `When every mailbox and public folder is in Exchange Online and the last server does nothing but manage recipients (no SMTP relay), manage recipients with ${tools} and shut the server down (do not uninstall it).`;
  }
  return `${short(a)} cannot hand recipient management to the Exchange Management Tools, which need Exchange 2013 or later: keep one server for it while directory sync runs.`;
}

/** Public folders after the mailboxes, by version (M20): 2010 takes Microsoft's legacy procedure. */
function publicFolders(a: Answers): string {
  if (a.source === 'exchange-2010') return 'Move public folders after the mailboxes with Microsoft’s procedure for Exchange 2010 public folders (a separate, legacy batch); folders are locked for the final switch.';
  return `Move public folders after the mailboxes, in one separate batch (Exchange 2013 needs CU15 or later, 2016 CU4 or later): split any folder over ${PF_FOLDER.value} GB first, sync mail-enabled public folders with Microsoft’s script, and expect the folders to be locked during the final switch.`;
}

export const hybridCatalogue: Catalogue = {
  summary: 'Your Exchange organisation and Exchange Online run side by side; mailboxes move in batches, and with full hybrid mail flow, address book and free/busy stay shared meanwhile.',
  fitsWhen: ['Exchange 2010 SP3 or later', `More than ${RECOMMENDED.value} mailboxes, or any size that keeps directory sync or accounts on-premises`, 'Coexistence during a longer move', 'A budget for a certificate and specialist time'],
  pros: ['No new Outlook profiles and no fresh download of cached mail', 'Shared free/busy, address book and mail flow while people move (full hybrid)', 'Archive mailboxes move with their owners; public folders have a path', 'Mailboxes can be moved back on-premises if needed', 'Accounts stay managed in on-premises AD'],
  cons: ['The most complex method, with the most prerequisites', 'The longest setup; often needs outside help', 'Every server must run a supported build; out-of-date servers have their mail throttled and then blocked', 'An Exchange server (or the management tools) stays for recipient management'],
  limits: [
    { label: 'Sources', value: 'Exchange 2010 SP3, 2013, 2016, 2019 and Subscription Edition; from 2010 or 2013 minimal hybrid only, unless their servers are replaced first', source: 'M5' },
    { label: 'Largest item', value: `${ITEM.value} MB`, source: ITEM.source },
    { label: 'Speed', value: 'the fastest method: Microsoft has seen up to 100 GB an hour; a pilot batch tells your own', source: 'M13' },
    { label: 'Rich coexistence', value: 'only through the dedicated Exchange hybrid app, with every server on a supported build', source: 'M14' },
    { label: 'Hybrid Agent', value: 'stands in for inbound port 443, but carries no mail: full hybrid still needs port 25 both ways', source: 'M17' },
  ],
  prerequisites: ['Microsoft Entra Connect (directory sync) with its Exchange hybrid option', 'A certificate from a trusted public authority', 'Autodiscover and EWS published to the internet', 'MRSProxy enabled', 'Port 443 inbound (or the Hybrid Agent); port 25 both ways for full hybrid', 'Every server on a supported build (2016 CU23, 2019 CU14/CU15 with their last security update, or SE)', 'For full hybrid: the dedicated Exchange hybrid app in Entra ID'],
  userImpact: ['No new Outlook profile: Outlook reconnects after the move', 'Passwords stay the same (synced from AD)', 'With full hybrid, free/busy and the address book work across both sides during the move'],
  endState: 'Directory sync stays; from Exchange 2013 on, the last server can be shut down once recipients are managed with the management tools, otherwise one server stays for recipient management.',
  sources: ['M1', 'M5', 'M6', 'M14', 'M16'],
  steps: [
    { id: 'update-cu', text: (a, date) => `Bring every Exchange server to ${currentBuild(a.source, date)} first (test in a lab, back up virtual directory and connector settings, update internet-facing Mailbox servers first).`, when: (a) => a.onLatestCu === false },
    { id: 'check-cu', text: (a, date) => `Check every Exchange server’s build: it must be on ${currentBuild(a.source, date)}.`, when: (a) => a.onLatestCu === undefined },
    {
      id: 'hybrid-server',
      text: (a) => `For full hybrid, replace the ${short(a)} servers first: add ${SOURCE_SYSTEMS[a.source].bridgeServer}, the newest that can join, move the mailboxes onto it and retire ${short(a)}; free/busy and mail flow work only with every server on a supported build. Otherwise choose minimal hybrid.`,
      when: (a, date) => oldExchange(a) && full(a) && happened(DATES.sharedServicePrincipalBlocked, date),
    },
    {
      id: 'exchange-se',
      text: (a) => (a.source === 'exchange-2019' ? 'The servers stay for months: upgrade them in place to Exchange SE (from CU14 or CU15) before or during the move.' : 'The servers stay for months, and Exchange 2016 cannot upgrade in place: move to Exchange SE side by side, or plan a fast exit.'),
      when: (a, date) => (a.source === 'exchange-2019' || a.source === 'exchange-2016') && (full(a) || a.keepOnPremises === true) && happened(DATES.exchangeSeReleased, date),
    },
    { id: 'set-up-sync', text: 'Install Microsoft Entra Connect, turn on its Exchange hybrid deployment option, and sync your users.', when: (a) => a.directorySync !== 'in-place' && !express(a) },
    { id: 'sync-once', text: 'Sync users once with Microsoft Entra Connect (the wizard’s express option does it), and switch sync off after the last move.', when: (a) => a.directorySync !== 'in-place' && express(a) },
    { id: 'check-sync', text: 'Check Microsoft Entra Connect has its Exchange hybrid deployment option turned on and covers every user who will move.', when: (a) => a.directorySync === 'in-place' },
    { id: 'licences', text: 'Have an Exchange Online licence ready for every user; assign each as its mailbox moves.' },
    { id: 'certificate', text: (a) => `Install a public certificate and publish Autodiscover and EWS; open port 443 inbound (or install the Hybrid Agent)${full(a) ? ' and port 25 both ways for mail flow: the Hybrid Agent carries no mail' : ''}.` },
    { id: 'verify-domain', text: 'Add and verify your domains in Microsoft 365.' },
    { id: 'run-hcw', text: (a) => `Run the current Hybrid Configuration Wizard and choose ${full(a) ? 'full' : 'minimal'} hybrid${express(a) ? ' with its express option (sync users once, move everyone quickly)' : ''}.` },
    {
      id: 'hybrid-app',
      text: 'Create the dedicated Exchange hybrid app in Entra ID (the current wizard does it, or Microsoft’s ConfigureExchangeHybridApplication.ps1 script) and keep every server on a supported build: free/busy, MailTips and photos across premises depend on it.',
      when: (a, date) => full(a) && happened(DATES.hybridAppUpdate, date) && !oldExchange(a),
    },
    { id: 'mrsproxy', text: 'Enable MRSProxy and create the migration endpoint.' },
    { id: 'large-items', text: `Find items over ${ITEM.value} MB: they are skipped (the PST import skips them too). Save such attachments to OneDrive or SharePoint first.`, when: (a) => (a.largestItemMb ?? 0) > ITEM.value },
    { id: 'pilot', text: 'Move a pilot batch and measure its speed.' },
    { id: 'batches', text: 'Plan batches so people who act for each other (delegates, Send As, Full Access) move together with the shared and room mailboxes they use; permissions granted to groups and some cross-premises rights need checking after each batch.' },
    { id: 'move-batches', text: 'Move the remaining mailboxes in batches with remote moves; complete each batch at a quiet time.' },
    {
      id: 'switch-mx',
      text: (a) =>
        full(a)
          ? 'Point MX at Exchange Online once hybrid mail flow is tested; keep Autodiscover pointing on-premises while any mailbox is still there, and point it at Microsoft 365 only after the last one has moved.'
          : 'After the last batch, point MX and then Autodiscover at Microsoft 365: minimal hybrid has no mail flow between the two sides, so mail keeps arriving on-premises and is forwarded until then.',
    },
    { id: 'public-folders', text: publicFolders, when: (a) => (a.publicFoldersGb ?? 0) > 0 },
    PST_STEP,
    RELAY_STEP,
    { id: 'last-server', text: lastServer },
  ],
};
