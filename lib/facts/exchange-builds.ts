import type { Source } from '../answer-values';
import { DATES, happened } from './dates';

/**
 * Exchange builds as `Get-ExchangeServer` reports them (AdminDisplayVersion "Version 15.1 (Build 2507.6)"): the
 * major.minor version names the product, the build's first number names the update level. Security updates raise
 * only the second number (15.1.2507.6 → 15.1.2507.39), so an update level is the highest entry at or below the build.
 * Source M23 (Microsoft's list of Exchange Server build numbers and release dates), checked 2026-11-25.
 */
export interface UpdateLevel {
  /** The first build number of this update level, e.g. 2507 for Exchange 2016 CU23. */
  build: number;
  /** How people name it: "CU23", "Service Pack 3", "RTM". */
  name: string;
}

export interface ProductBuilds {
  source: Source;
  /** major.minor of AdminDisplayVersion, e.g. "15.1". */
  version: string;
  /** From a given build on, the product is this one rather than the previous entry with the same version (SE shares 15.2). */
  fromBuild?: number;
  /** Known update levels, oldest first. */
  levels: readonly UpdateLevel[];
  /** The update levels that count as current (the last one, or the last two while Microsoft supports both). */
  current: (date: string) => readonly string[];
}

const cu = (n: number, build: number): UpdateLevel => ({ build, name: `CU${n}` });

/** Known Exchange products by version, newest first within a shared version (SE before 2019 on 15.2). */
export const EXCHANGE_BUILDS: readonly ProductBuilds[] = [
  { source: 'exchange-se', version: '15.2', fromBuild: 2562, levels: [{ build: 2562, name: 'RTM' }], current: () => ['RTM'] },
  {
    source: 'exchange-2019', version: '15.2', levels: [cu(11, 986), cu(12, 1118), cu(13, 1258), cu(14, 1544), cu(15, 1748)],
    current: (date) => (happened(DATES.exchange2019Cu15Released, date) ? ['CU14', 'CU15'] : ['CU13', 'CU14']),
  },
  { source: 'exchange-2016', version: '15.1', levels: [cu(20, 2242), cu(21, 2308), cu(22, 2375), cu(23, 2507)], current: () => ['CU23'] },
  { source: 'exchange-2013', version: '15.0', levels: [cu(21, 1395), cu(22, 1473), cu(23, 1497)], current: () => ['CU23'] },
  { source: 'exchange-2010', version: '14.3', levels: [{ build: 123, name: 'Service Pack 3' }], current: () => ['Service Pack 3'] },
  { source: 'exchange-2010', version: '14.2', levels: [{ build: 247, name: 'Service Pack 2' }], current: () => [] },
  { source: 'exchange-2010', version: '14.1', levels: [{ build: 218, name: 'Service Pack 1' }], current: () => [] },
  { source: 'exchange-2010', version: '14.0', levels: [{ build: 639, name: 'RTM' }], current: () => [] },
  { source: 'exchange-2007', version: '8.3', levels: [{ build: 83, name: 'Service Pack 3' }], current: () => ['Service Pack 3'] },
  { source: 'exchange-2007', version: '8.2', levels: [{ build: 176, name: 'Service Pack 2' }], current: () => [] },
  { source: 'exchange-2007', version: '8.1', levels: [{ build: 240, name: 'Service Pack 1' }], current: () => [] },
  { source: 'exchange-2003', version: '6.5', levels: [{ build: 7638, name: 'Service Pack 2' }], current: () => ['Service Pack 2'] },
];
