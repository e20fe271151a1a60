import { describe, expect, it } from 'vitest';
import type { Answers } from '../../answers';
import { concurrency, copyDays } from '../../duration';
import { HYBRID_RATE_PER_MOVE } from '../../facts/planning';
import { baseAnswers } from '../../test/arbitraries';
import { HYBRID_COPY, hybridChoice } from './flavour';

/** 2,000 mailboxes on Exchange 2019 whose data alone takes `days` to copy at hybrid's slow pace (more than the tenant table). */
function copyingFor(days: number): Answers {
  const gbADay = concurrency(HYBRID_COPY, 2000) * HYBRID_RATE_PER_MOVE.low * 24;
  return { ...baseAnswers, mailboxCount: 2000, source: 'exchange-2019', timelineWeeks: 52, totalDataGb: days * gbADay };
}

describe('hybrid flavour for a large bulk', () => {
  it('turns full half-way along the 55–65 day ramp of bulk copying, not before', () => {
    expect(copyDays(HYBRID_COPY, copyingFor(60.5), false).high).toBeCloseTo(60.5, 6);
    expect(hybridChoice(copyingFor(60.5))).toMatchObject({ kind: 'full', fullWeight: expect.closeTo(0.55, 6) });
    expect(hybridChoice(copyingFor(59.5))).toMatchObject({ kind: 'minimal', fullWeight: expect.closeTo(0.45, 6) });
  });
});
