import type { Method, Source } from './answers';

/** Documented limits the rules use (domain facts §1 and §3). Change a number here, not in a rule. */
export const LIMITS = {
  cutoverMaxMailboxes: 2000,
  cutoverRecommendedMailboxes: 150,
  batchCsvRows: 2000,
  imapBatchCsvRows: 50_000,
  imapLargestItemMb: 35,
  mrsLargestItemMb: 150,
  imapItemsPerMailbox: 500_000,
  mailboxQuotaGb: { standard: 50, e3: 100 },
  mailboxMoveCeilingGb: 200,
  partnerMailboxes: 5000,
  minimalHybridMaxMailboxes: 2000,
  defaultConcurrency: 20,
  maxConcurrency: 100,
  serviceConcurrencyCap: 300,
} as const;

/** Planning throughput for the whole migration, GB an hour (facts §3); ranges, not promises. */
export const THROUGHPUT_GB_PER_HOUR = {
  cutover: { low: 10, high: 14 },
  staged: { low: 10, high: 14 },
  imap: { low: 10, high: 14 },
  hybrid: { low: 30, high: 100 },
} as const satisfies Record<Method, { low: number; high: number }>;

/** One mailbox moves no faster than this, GB an hour (third-party planning figures, facts §3). */
export const PER_MAILBOX_GB_PER_HOUR = { low: 0.25, high: 1.25 } as const;

export type SourceFamily = 'legacy-exchange' | 'modern-exchange' | 'hosted-exchange' | 'imap';

export interface SourceFacts {
  label: string;
  family: SourceFamily;
  /** End of extended support, ISO date; null while in support. */
  endOfSupport: string | null;
}

/** Each source system: what kind it is and its support end (facts §4). */
export const SOURCE_FACTS = {
  'exchange-2003': { label: 'Exchange Server 2003', family: 'legacy-exchange', endOfSupport: '2014-04-08' },
  'exchange-2007': { label: 'Exchange Server 2007', family: 'legacy-exchange', endOfSupport: '2017-04-11' },
  'exchange-2010': { label: 'Exchange Server 2010', family: 'modern-exchange', endOfSupport: '2020-10-13' },
  'exchange-2013': { label: 'Exchange Server 2013', family: 'modern-exchange', endOfSupport: '2023-04-11' },
  'exchange-2016': { label: 'Exchange Server 2016', family: 'modern-exchange', endOfSupport: '2025-10-14' },
  'exchange-2019': { label: 'Exchange Server 2019', family: 'modern-exchange', endOfSupport: '2025-10-14' },
  'exchange-se': { label: 'Exchange Server Subscription Edition', family: 'modern-exchange', endOfSupport: null },
  'hosted-exchange': { label: 'Hosted Exchange (a provider’s shared Exchange)', family: 'hosted-exchange', endOfSupport: null },
  'google-workspace': { label: 'Google Workspace or Gmail', family: 'imap', endOfSupport: null },
  'imap-other': { label: 'Another IMAP mail system', family: 'imap', endOfSupport: null },
} as const satisfies Record<Source, SourceFacts>;

/**
 * The date a source left extended support, if it had on `date` (ISO); null while in support or not on-premises Exchange.
 * @example supportEndedBy('exchange-2016', '2026-01-01') // '2025-10-14'
 */
export function supportEndedBy(source: Source, date: string): string | null {
  const end = SOURCE_FACTS[source].endOfSupport;
  return end !== null && end <= date ? end : null;
}

export const METHOD_LABELS = {
  cutover: 'Cutover migration',
  staged: 'Staged migration',
  hybrid: 'Hybrid migration',
  imap: 'IMAP migration',
} as const satisfies Record<Method, string>;

/** Method names as they read inside a sentence. */
export const SHORT_NAMES = { cutover: 'cutover', staged: 'staged', hybrid: 'hybrid', imap: 'IMAP' } as const satisfies Record<Method, string>;
