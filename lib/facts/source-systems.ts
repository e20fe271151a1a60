import type { Source } from '../answer-values';
import { DATES } from './dates';

export type SourceFamily = 'legacy-exchange' | 'modern-exchange' | 'hosted-exchange' | 'imap';

export interface SourceSystem {
  label: string;
  /** The name inside a sentence: "Exchange 2016". */
  short: string;
  family: SourceFamily;
  /** End of extended support (a dated fact); null while in support or not on-premises Exchange. */
  endOfSupport: string | null;
  /** On-premises Exchange only: the updates a server needs to count as current, on the supported hybrid build (facts §9). */
  currentBuild?: string;
  /** Can run the dedicated Exchange hybrid app (April 2025 hotfix update or later exists for it). */
  hybridAppReady?: boolean;
  /** Its last server can be shut down and recipients managed with the Exchange Management Tools (2019 CU12+, SE). */
  managementToolsEnd?: boolean;
  /** Offers TLS 1.2, which Microsoft 365 requires (Exchange 2003 on Windows Server 2003 does not). */
  tls12?: boolean;
}

/** Each source system the answers name: what kind it is, its support end and what its servers can do (facts §4, §9). */
export const SOURCE_SYSTEMS: Readonly<Record<Source, SourceSystem>> = {
  'exchange-2003': { label: 'Exchange Server 2003', short: 'Exchange 2003', family: 'legacy-exchange', endOfSupport: DATES.exchange2003SupportEnds.date, currentBuild: 'Service Pack 2 (there are no cumulative updates)', tls12: false },
  'exchange-2007': { label: 'Exchange Server 2007', short: 'Exchange 2007', family: 'legacy-exchange', endOfSupport: DATES.exchange2007SupportEnds.date, currentBuild: 'Service Pack 3 with its last update rollup', tls12: true },
  'exchange-2010': { label: 'Exchange Server 2010', short: 'Exchange 2010', family: 'modern-exchange', endOfSupport: DATES.exchange2010SupportEnds.date, currentBuild: 'Service Pack 3 with its last update rollup', tls12: true },
  'exchange-2013': { label: 'Exchange Server 2013', short: 'Exchange 2013', family: 'modern-exchange', endOfSupport: DATES.exchange2013SupportEnds.date, currentBuild: 'CU23 with its last security update', tls12: true },
  'exchange-2016': { label: 'Exchange Server 2016', short: 'Exchange 2016', family: 'modern-exchange', endOfSupport: DATES.exchange2016SupportEnds.date, currentBuild: 'CU23 with its last security update', hybridAppReady: true, tls12: true },
  'exchange-2019': { label: 'Exchange Server 2019', short: 'Exchange 2019', family: 'modern-exchange', endOfSupport: DATES.exchange2019SupportEnds.date, currentBuild: 'CU14 or CU15 with its last security update', hybridAppReady: true, managementToolsEnd: true, tls12: true },
  'exchange-se': { label: 'Exchange Server Subscription Edition', short: 'Exchange SE', family: 'modern-exchange', endOfSupport: null, currentBuild: 'the current cumulative update', hybridAppReady: true, managementToolsEnd: true, tls12: true },
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
