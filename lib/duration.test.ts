import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { assess } from './assess';
import { estimateDuration, tenantDays } from './duration';
import { TENANT_DURATION } from './facts/durations';
import { METHOD_DEFINITIONS, REGISTRY } from './methods';
import { answersArb, baseAnswers, ON } from './test/arbitraries';

const small: Answers = {
  version: 1,
  mailboxCount: 35,
  source: 'exchange-2013',
  budget: 'low',
  timelineWeeks: 2,
  totalDataGb: 70,
  directorySync: 'none',
};

describe('estimateDuration, for any answers', () => {
  it('gives a range of at least a day whose low end is at most its high end, for every method', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...METHOD_DEFINITIONS), (a, m) => {
        const e = estimateDuration(m, a, ON);
        expect(e.lowDays).toBeGreaterThanOrEqual(1);
        expect(e.lowDays).toBeLessThanOrEqual(e.highDays);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gets shorter when there is more data', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...METHOD_DEFINITIONS), fc.double({ min: 1, max: 100, noNaN: true }), (a, m, factor) => {
        const more = estimateDuration(m, { ...a, totalDataGb: Math.min(10_000_000, a.totalDataGb * factor) }, ON);
        expect(more.highDays).toBeGreaterThanOrEqual(estimateDuration(m, a, ON).highDays);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Microsoft’s tenant table (M8) as a curve', () => {
  it('gives each band its own figures across the band, and scales the first down for the smallest tenants', () => {
    for (const b of TENANT_DURATION.bands) {
      const inside = b.fromMailboxes === 0 ? b.toMailboxes * 0.6 : Math.sqrt(b.fromMailboxes * b.toMailboxes);
      expect(tenantDays(inside)).toEqual({ low: b.days, high: b.upTo });
    }
    expect(tenantDays(250)).toEqual({ low: 2.5, high: 7 });
  });

  it('never jumps at a band’s edge: it eases from one band into the next within 10% either side', () => {
    for (const edge of [1000, 5000, 10_000, 50_000, 100_000]) {
      expect(Math.abs(tenantDays(edge).high - tenantDays(edge - 1).high)).toBeLessThan(0.1);
      expect(tenantDays(edge * 0.9)).toEqual(tenantDays(edge * 0.8));
    }
  });
});

describe('estimates a consultant can defend against Microsoft’s tables', () => {
  it('35 mailboxes, 70 GB, cutover: about 1–2.5 days setup for a small estate, under a day of copying, profiles after the switch, 1–3 days switch-over', () => {
    expect(estimateDuration(REGISTRY.cutover, small, ON)).toMatchObject({ lowDays: 3, highDays: 8, fit: 'fits' });
  });

  it('5,000 users staged with 24,000 GB: weeks, in the range Microsoft gives for 1,000–10,000 mailboxes, not months', () => {
    const e = estimateDuration(REGISTRY.staged, { ...baseAnswers, source: 'exchange-2007', mailboxCount: 5000, totalDataGb: 24_000 }, ON);
    expect(e.lowDays).toBeGreaterThanOrEqual(20);
    expect(e.highDays).toBeLessThanOrEqual(60);
    expect(e.assumptions.join(' ')).toMatch(/alongside the batches/);
  });

  it('60,000 mailboxes over IMAP with 120,000 GB: months across several endpoints, not years', () => {
    const e = estimateDuration(
      REGISTRY.imap,
      { ...baseAnswers, source: 'imap-other', mailboxCount: 60_000, totalDataGb: 120_000, timelineWeeks: 52 },
      ON,
    );
    expect(e.lowDays).toBeGreaterThanOrEqual(45);
    expect(e.highDays).toBeLessThanOrEqual(180);
    expect(e.assumptions.join(' ')).toMatch(/300 mailboxes at a time/);
    // 2–5 days setup and 3.25–13 days creating users; copying 45–90 days (Microsoft's 50,000–100,000 band; the data
    // alone takes 24–33 days at 300 moves of 0.5–0.7 GB an hour); profiles after the switch 10–25 days (a helpdesk sized
    // to the organisation); 1–3 days switch-over.
    expect([e.lowDays, e.highDays]).toEqual([62, 136]);
  });

  it('a 400 GB mailbox is a blocker with what to do, never a duration', () => {
    const big = { ...baseAnswers, largestMailboxGb: 400 };
    for (const m of METHOD_DEFINITIONS) {
      const e = estimateDuration(m, big, ON);
      expect(e.blocker, m.id).toMatch(/400 GB mailbox is over the 200 GB .* Make it smaller first/);
      expect([e.lowDays, e.highDays]).toEqual([
        estimateDuration(m, baseAnswers, ON).lowDays,
        estimateDuration(m, baseAnswers, ON).highDays,
      ]);
    }
    const advice = assess(big, { date: ON, whatWouldChange: false });
    expect(advice.notes.map((n) => n.id)).toContain('mailbox-too-large');
    expect(advice.readiness?.items.find((i) => i.id === 'mailbox-size')).toMatchObject({ status: 'needs-work', source: 'M8' });
  });

  it('a 150 GB mailbox takes Microsoft’s 8–45 days for 100–200 GB mailboxes when moved by mailbox moves', () => {
    const e = estimateDuration(REGISTRY.hybrid, { ...baseAnswers, largestMailboxGb: 150 }, ON);
    expect(e.assumptions.join(' ')).toMatch(/largest mailbox \(150 GB\) takes 8–45 days/);
    expect(e.highDays).toBeGreaterThanOrEqual(45);
  });

  it('hybrid, 300 mailboxes and 12,000 GB: full hybrid (its bulk takes over two months), 25–83 days of copying at 20 moves of 0.3–1 GB an hour (M13)', () => {
    expect(estimateDuration(REGISTRY.hybrid, { ...baseAnswers, totalDataGb: 12_000 }, ON)).toMatchObject({ lowDays: 35, highDays: 108 });
  });

  it('hybrid never plans past the 100 GB an hour Microsoft has seen, however many mailboxes', () => {
    const e = estimateDuration(REGISTRY.hybrid, { ...baseAnswers, mailboxCount: 100_000, totalDataGb: 500_000 }, ON);
    expect(e.assumptions.join(' ')).toMatch(/\(30–100 GB an hour in all\)/);
  });

  it('quotes Microsoft’s tenant table as it stands, and says when it is our reading', () => {
    expect(
      estimateDuration(REGISTRY.staged, { ...baseAnswers, source: 'exchange-2007', mailboxCount: 3000 }, ON).assumptions.join(' '),
    ).toMatch(/Microsoft’s table gives tenants of 1,000–5,000 mailboxes 10 days to move 90% of their mailboxes \(up to 30\)\./);
    expect(estimateDuration(REGISTRY.cutover, small, ON).assumptions.join(' ')).toMatch(
      /under 1,000 mailboxes 5 days .*\(up to 14\); scaled down for a small tenant/,
    );
  });

  it('a slow upload holds copying back when mail leaves your own servers, and not from Google', () => {
    const own = estimateDuration(REGISTRY.cutover, { ...small, totalDataGb: 1000, uploadMbps: 10 }, ON);
    expect(own.assumptions.join(' ')).toMatch(/held back by your 10 Mbit\/s upload/);
    expect(own.highDays).toBeGreaterThan(estimateDuration(REGISTRY.cutover, { ...small, totalDataGb: 1000 }, ON).highDays);
    const google = { ...small, source: 'google-workspace' as const, totalDataGb: 1000 };
    expect(estimateDuration(REGISTRY['google-workspace'], { ...google, uploadMbps: 10 }, ON).highDays).toBe(
      estimateDuration(REGISTRY['google-workspace'], google, ON).highDays,
    );
  });

  it('hybrid rebuilds no Outlook profiles; a cutover rebuilds them after the switch', () => {
    expect(estimateDuration(REGISTRY.hybrid, baseAnswers, ON).assumptions.join(' ')).toMatch(/none to rebuild/);
    expect(estimateDuration(REGISTRY.cutover, baseAnswers, ON).assumptions.join(' ')).toMatch(/after the switch/);
  });

  it('says whether it fits the timeline, and tells people to run a pilot batch', () => {
    expect(estimateDuration(REGISTRY.hybrid, { ...baseAnswers, timelineWeeks: 520 }, ON).fit).toBe('fits');
    expect(estimateDuration(REGISTRY.hybrid, { ...baseAnswers, timelineWeeks: 1 }, ON).fit).toBe('does-not-fit');
    expect(estimateDuration(REGISTRY.cutover, baseAnswers, ON).assumptions.at(-1)).toMatch(/pilot/);
  });
});
