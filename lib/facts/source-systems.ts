import type { Source } from '../answers';
import { DATES } from './dates';

export type SourceFamily = 'legacy-exchange' | 'modern-exchange' | 'hosted-exchange' | 'imap';

export interface SourceSystem {
  label: string;
  family: SourceFamily;
  /** End of extended support (a dated fact); null while in support or not on-premises Exchange. */
  endOfSupport: string | null;
}

/** Each source system the answers name: what kind it is and its support end (facts §4). */
export const SOURCE_SYSTEMS = {
  'exchange-2003': { label: 'Exchange Server 2003', family: 'legacy-exchange', endOfSupport: DATES.exchange2003SupportEnds.date },
  'exchange-2007': { label: 'Exchange Server 2007', family: 'legacy-exchange', endOfSupport: DATES.exchange2007SupportEnds.date },
  'exchange-2010': { label: 'Exchange Server 2010', family: 'modern-exchange', endOfSupport: DATES.exchange2010SupportEnds.date },
  'exchange-2013': { label: 'Exchange Server 2013', family: 'modern-exchange', endOfSupport: DATES.exchange2013SupportEnds.date },
  'exchange-2016': { label: 'Exchange Server 2016', family: 'modern-exchange', endOfSupport: DATES.exchange2016SupportEnds.date },
  'exchange-2019': { label: 'Exchange Server 2019', family: 'modern-exchange', endOfSupport: DATES.exchange2019SupportEnds.date },
  'exchange-se': { label: 'Exchange Server Subscription Edition', family: 'modern-exchange', endOfSupport: null },
  'hosted-exchange': { label: 'Hosted Exchange (a provider’s shared Exchange)', family: 'hosted-exchange', endOfSupport: null },
  'google-workspace': { label: 'Google Workspace or Gmail', family: 'imap', endOfSupport: null },
  'imap-other': { label: 'Another IMAP mail system', family: 'imap', endOfSupport: null },
} as const satisfies Record<Source, SourceSystem>;

/**
 * The date a source left extended support, if it had on `date` (ISO); null while in support or not on-premises Exchange.
 * @example supportEndedBy('exchange-2016', '2026-01-01') // '2025-10-14'
 */
export function supportEndedBy(source: Source, date: string): string | null {
  const end = SOURCE_SYSTEMS[source].endOfSupport;
  return end !== null && end <= date ? end : null;
}
