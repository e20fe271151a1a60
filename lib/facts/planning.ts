import type { Method } from '../advice';
import type { PlanningRange } from './fact';

const range = (low: number, high: number, unit: string, basis: string, source: PlanningRange['source']): PlanningRange => ({ low, high, unit, basis, source });

/** Planning throughput for the whole migration, GB an hour (facts §3): ranges, not promises. */
export const THROUGHPUT_GB_PER_HOUR = {
  cutover: range(10, 14, 'GB an hour', 'Microsoft’s table for 20 concurrent moves', 'M8'),
  staged: range(10, 14, 'GB an hour', 'Microsoft’s table for 20 concurrent moves', 'M8'),
  hybrid: range(30, 100, 'GB an hour', 'hybrid moves reported by Microsoft', 'M8'),
  imap: range(10, 14, 'GB an hour', 'Microsoft’s table for 20 concurrent moves', 'M8'),
} as const satisfies Record<Method, PlanningRange>;

/** One mailbox moves no faster than this (third-party planning figures, facts §3). */
export const PER_MAILBOX_GB_PER_HOUR = range(0.25, 1.25, 'GB an hour', 'third-party tools’ per-mailbox figures', 'M8');

/** Outlook profiles a helpdesk rebuilds in a day (our planning figure). */
export const PROFILES_A_DAY = range(40, 100, 'users a day', 'our planning figure for a helpdesk', 'M8');
