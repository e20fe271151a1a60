import type { Source } from '../answer-values';
import { formatDate } from '../format';
import { DATES, happened } from './dates';

export type SourceFamily = 'legacy-exchange' | 'modern-exchange' | 'hosted-exchange' | 'imap';

export interface SourceSystem {
  label: string;
  /** The name inside a sentence: "Exchange 2016", "your IMAP mail system". */
  short: string;
  family: SourceFamily;
  /** End of extended support (a dated fact); null while in support or not on-premises Exchange. */
  endOfSupport: string | null;
  /** On-premises Exchange only: its last update level (for SE, the current one). */
  lastUpdate?: string;
  /** Can run the dedicated Exchange hybrid app (a build with the April 2025 hotfix update or later exists for it). */
  hybridAppReady?: boolean;
  /** The server a full hybrid would have to add first (facts §9, M5: what can still join this organisation). */
  bridgeServer?: string;
  /** Recipients can be managed with the Exchange 2019 CU12+ management tools once the last server is shut down (M16). */
  managementTools?: boolean;
  /** Offers TLS 1.2, which Microsoft 365 requires: false for Exchange 2003; 2007 and 2010 depend on Windows. */
  tls12?: 'no' | 'depends' | 'yes';
}

/** Each source system the answers name: what kind it is, its support end and what its servers can do (facts §4, §9). */
export const SOURCE_SYSTEMS: Readonly<Record<Source, SourceSystem>> = {
  'exchange-2003': { label: 'Exchange Server 2003', short: 'Exchange 2003', family: 'legacy-exchange', endOfSupport: DATES.exchange2003SupportEnds.date, lastUpdate: 'Service Pack 2', tls12: 'no' },
  'exchange-2007': { label: 'Exchange Server 2007', short: 'Exchange 2007', family: 'legacy-exchange', endOfSupport: DATES.exchange2007SupportEnds.date, lastUpdate: 'Service Pack 3 with its last update rollup', tls12: 'depends' },
  'exchange-2010': { label: 'Exchange Server 2010', short: 'Exchange 2010', family: 'modern-exchange', endOfSupport: DATES.exchange2010SupportEnds.date, lastUpdate: 'Service Pack 3 with its last update rollup', bridgeServer: 'Exchange 2016 CU23', tls12: 'depends' },
  'exchange-2013': { label: 'Exchange Server 2013', short: 'Exchange 2013', family: 'modern-exchange', endOfSupport: DATES.exchange2013SupportEnds.date, lastUpdate: 'CU23 with its last security update', bridgeServer: 'Exchange 2019 CU14 (or 2016 CU23)', managementTools: true, tls12: 'yes' },
  'exchange-2016': { label: 'Exchange Server 2016', short: 'Exchange 2016', family: 'modern-exchange', endOfSupport: DATES.exchange2016SupportEnds.date, lastUpdate: 'CU23', hybridAppReady: true, managementTools: true, tls12: 'yes' },
  'exchange-2019': { label: 'Exchange Server 2019', short: 'Exchange 2019', family: 'modern-exchange', endOfSupport: DATES.exchange2019SupportEnds.date, lastUpdate: 'CU14 or CU15', hybridAppReady: true, managementTools: true, tls12: 'yes' },
  'exchange-se': { label: 'Exchange Server Subscription Edition', short: 'Exchange SE', family: 'modern-exchange', endOfSupport: null, lastUpdate: 'the current cumulative update', hybridAppReady: true, managementTools: true, tls12: 'yes' },
  'hosted-exchange': { label: 'Hosted Exchange (a provider’s shared Exchange)', short: 'hosted Exchange', family: 'hosted-exchange', endOfSupport: null },
  'google-workspace': { label: 'Google Workspace', short: 'Google Workspace', family: 'imap', endOfSupport: null },
  'imap-other': { label: 'Another IMAP mail system', short: 'your IMAP mail system', family: 'imap', endOfSupport: null },
};

/**
 * The date a source left extended support, if it had on `date` (ISO); null while in support or not on-premises Exchange.
 * @example supportEndedBy('exchange-2016', '2026-01-01') // '2025-10-14'
 */
export function supportEndedBy(source: Source, date: string): string | null {
  const end = SOURCE_SYSTEMS[source].endOfSupport;
  return end !== null && end <= date ? end : null;
}

/** Whether the source is Exchange on the organisation’s own servers. */
export const isOwnExchange = (source: Source) => {
  const family = SOURCE_SYSTEMS[source].family;
  return family === 'legacy-exchange' || family === 'modern-exchange';
};

/**
 * The build every server should run, in words true on the assessment date: the latest security update while in
 * support, the last one after; 2019 CU15 only once it shipped.
 * @example currentBuild('exchange-2019', '2026-11-25') // 'CU14 or CU15 with its last security update'
 */
export function currentBuild(source: Source, date: string): string {
  const system = SOURCE_SYSTEMS[source];
  if (source === 'exchange-se') return system.lastUpdate ?? '';
  const level = source === 'exchange-2019' && !happened(DATES.exchange2019Cu15Released, date) ? 'CU14' : (system.lastUpdate ?? '');
  if (source !== 'exchange-2016' && source !== 'exchange-2019') return level;
  return `${level} with its ${supportEndedBy(source, date) ? 'last' : 'latest'} security update`;
}

/** "since 14 October 2025" or "until 14 October 2025", as the assessment date has it. */
export const supportWords = (source: Source, date: string) => {
  const end = SOURCE_SYSTEMS[source].endOfSupport;
  return end === null ? 'in support' : end <= date ? `out of extended support since ${formatDate(end)}` : `in extended support until ${formatDate(end)}`;
};
