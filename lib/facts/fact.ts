import type { SourceId } from '../sources';

/** The date the facts below were last checked against their sources (domain facts, §9 revised that day). */
export const FACTS_CHECKED = '2026-11-25';

/** One documented number: its value, its unit, the page it comes from and the day it was last checked there. */
export interface Limit {
  value: number;
  unit: string;
  source: SourceId;
  checked: string;
}

/** One dated event (ISO date), the page it comes from and the day it was last checked there. */
export interface DatedFact {
  date: string;
  source: SourceId;
  checked: string;
}

/** A planning figure that is ours or a vendor's, not a Microsoft limit: a range, and what it rests on. */
export interface PlanningRange {
  low: number;
  high: number;
  unit: string;
  basis: string;
  source: SourceId;
}

export const limit = (value: number, unit: string, source: SourceId, checked = FACTS_CHECKED): Limit => ({ value, unit, source, checked });
export const dated = (date: string, source: SourceId, checked = FACTS_CHECKED): DatedFact => ({ date, source, checked });
