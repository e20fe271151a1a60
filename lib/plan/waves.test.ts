import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers';
import { LIMITS } from '../facts/limits';
import { WAVES } from '../facts/planning';
import { SCORING } from '../methods/scoring';
import { ON, baseAnswers } from '../test/arbitraries';
import { addressKey, groupMailboxes } from './groups';
import type { MailboxKind, PlanLink, PlanMailbox } from './types';
import { pilotSize, planWaves } from './waves';

const BATCHED = ['staged', 'hybrid', 'imap', 'google-workspace', 'third-party'] as const;
const mailbox = (i: number, gb: number, kind: MailboxKind = 'user'): PlanMailbox => ({ address: `user${i}@contoso.com`, name: `User ${i}`, kind, gb, archiveGb: 0 });

/** An estate: mailboxes of varied sizes and kinds, and rights between some of them. */
const estateArb = fc
  .array(fc.record({ gb: fc.double({ min: 0, max: 120, noNaN: true }), kind: fc.constantFrom<MailboxKind>('user', 'user', 'user', 'shared', 'room') }), { minLength: 1, maxLength: 400 })
  .chain((rows) =>
    fc.tuple(
      fc.constant(rows.map((r, i) => mailbox(i, r.gb, r.kind))),
      fc.array(fc.tuple(fc.nat(rows.length + 5), fc.nat(rows.length + 5)), { maxLength: rows.length }),
    ),
  )
  .map(([mailboxes, pairs]) => ({ mailboxes, links: pairs.map(([a, b]): PlanLink => ({ mailbox: `user${a}@contoso.com`, grantee: `USER${b}@Contoso.com`, right: 'FullAccess' })) }));

const answersFor = (mailboxes: readonly PlanMailbox[], extra: Partial<Answers> = {}): Answers => ({
  ...baseAnswers,
  source: 'exchange-2019',
  mailboxCount: mailboxes.length,
  totalDataGb: Math.max(1, mailboxes.reduce((t, m) => t + m.gb, 0)),
  ...extra,
});

describe('wave plan from a per-mailbox list', () => {
  it('puts every mailbox in exactly one wave, keeps linked people together unless their group is too large (then says so), keeps within batch limits, and orders the waves', () => {
    fc.assert(
      fc.property(estateArb, fc.constantFrom(...BATCHED), fc.integer({ min: 1, max: 40 }), ({ mailboxes, links }, method, weeks) => {
        const plan = planWaves({ method, answers: answersFor(mailboxes, { timelineWeeks: weeks }), date: ON, mailboxes, links });
        const seen = plan.waves.flatMap((w) => w.mailboxes.map((m) => m.address));
        expect(seen.sort()).toEqual(mailboxes.map((m) => m.address).sort());
        expect(plan.waves.reduce((t, w) => t + w.count, 0)).toBe(mailboxes.length);

        const waveOf = new Map(plan.waves.flatMap((w) => w.mailboxes.map((m) => [addressKey(m.address), w.index] as const)));
        const splitLinks = new Set(plan.split.flatMap((s) => s.brokenLinks));
        for (const l of links) {
          const a = waveOf.get(addressKey(l.mailbox));
          const b = waveOf.get(addressKey(l.grantee));
          if (a !== undefined && b !== undefined && a !== b) expect(splitLinks.has(l)).toBe(true);
        }
        for (const s of plan.split) expect(s.gb > plan.waveCapacityGb || (plan.rowLimit !== null && s.mailboxes > plan.rowLimit)).toBe(true);

        for (const w of plan.waves) {
          if (plan.rowLimit !== null) expect(w.count).toBeLessThanOrEqual(plan.rowLimit);
          if (w.count > 1 && plan.waves.length < WAVES.maxWaves) expect(w.gb).toBeLessThanOrEqual(plan.waveCapacityGb + 1e-6);
        }
        for (let i = 1; i < plan.waves.length; i++) expect(plan.waves[i]!.startDay).toBeGreaterThanOrEqual(plan.waves[i - 1]!.endDay);
        expect(plan.lastDay).toBeGreaterThanOrEqual(plan.waves.at(-1)!.endDay);
        expect(plan.overByDays).toBe(Math.max(0, plan.lastDay - weeks * 7));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a manager, their assistant and the shared mailbox they both use in one wave', () => {
    const mailboxes = [...Array.from({ length: 60 }, (_, i) => mailbox(i, 2)), mailbox(100, 5, 'shared')];
    const links: PlanLink[] = [
      { mailbox: 'user7@contoso.com', grantee: 'user8@contoso.com', right: 'SendOnBehalf' },
      { mailbox: 'user100@contoso.com', grantee: 'user7@contoso.com', right: 'FullAccess' },
    ];
    const plan = planWaves({ method: 'hybrid', answers: answersFor(mailboxes), date: ON, mailboxes, links });
    const wave = (a: string) => plan.waves.find((w) => w.mailboxes.some((m) => m.address === a))!.index;
    expect(wave('user7@contoso.com')).toBe(wave('user8@contoso.com'));
    expect(wave('user100@contoso.com')).toBe(wave('user7@contoso.com'));
    expect(plan.groupsKept).toBe(1);
    expect(plan.split).toEqual([]);
  });

  it('counts rights that name someone outside the list instead of following them', () => {
    const { groups, outside } = groupMailboxes([mailbox(1, 1), mailbox(2, 1)], [{ mailbox: 'user1@contoso.com', grantee: 'ALL-STAFF@contoso.com', right: 'SendAs' }]);
    expect(groups).toHaveLength(2);
    expect(outside).toBe(1);
  });

  it('splits a group too large for one wave and names the rights that will cross', () => {
    // 30 people who all act for one another through one shared mailbox: 30 × 60 GB is far over a week of staged copying.
    const mailboxes = [...Array.from({ length: 30 }, (_, i) => mailbox(i, 60)), mailbox(99, 1, 'shared')];
    const links = mailboxes.slice(0, 30).map((m): PlanLink => ({ mailbox: 'user99@contoso.com', grantee: m.address, right: 'FullAccess' }));
    const plan = planWaves({ method: 'staged', answers: answersFor(mailboxes, { source: 'exchange-2007' }), date: ON, mailboxes, links });
    expect(plan.split).toHaveLength(1);
    expect(plan.split[0]!.mailboxes).toBe(31);
    expect(plan.split[0]!.waves.length).toBeGreaterThan(1);
    expect(plan.split[0]!.brokenLinks.length).toBeGreaterThan(0);
  });

  it('never lists more mailboxes in a staged batch than Microsoft allows in one file', () => {
    const mailboxes = Array.from({ length: 4500 }, (_, i) => mailbox(i, 0.001));
    const plan = planWaves({ method: 'staged', answers: answersFor(mailboxes, { source: 'exchange-2007' }), date: ON, mailboxes });
    expect(plan.rowLimit).toBe(LIMITS.stagedBatchRows.value);
    expect(Math.max(...plan.waves.map((w) => w.count))).toBeLessThanOrEqual(LIMITS.stagedBatchRows.value);
    expect(plan.waves.filter((w) => !w.pilot)).toHaveLength(3);
  });

  it('moves unlinked shared and room mailboxes with the last wave, once their users have moved', () => {
    const mailboxes = [...Array.from({ length: 200 }, (_, i) => mailbox(i, 20)), mailbox(500, 1, 'room'), mailbox(501, 1, 'shared')];
    const plan = planWaves({ method: 'hybrid', answers: answersFor(mailboxes), date: ON, mailboxes });
    const last = plan.waves.at(-1)!;
    expect(last.mailboxes.map((m) => m.address)).toEqual(expect.arrayContaining(['user500@contoso.com', 'user501@contoso.com']));
    expect(plan.waves.find((w) => w.pilot)!.mailboxes.every((m) => m.kind === 'user')).toBe(true);
  });

  it('starts a mailbox early when it copies too slowly to finish within its wave', () => {
    // At hybrid's slow 0.3 GB an hour one mailbox copies 36 GB in five days: 90 GB needs about a week more.
    const mailboxes = [...Array.from({ length: 40 }, (_, i) => mailbox(i, 1)), mailbox(77, 90)];
    const plan = planWaves({ method: 'hybrid', answers: answersFor(mailboxes), date: ON, mailboxes });
    const early = plan.waves.flatMap((w) => w.preStage);
    expect(early.map((p) => p.address)).toEqual(['user77@contoso.com']);
    expect(early[0]!.startDaysEarly).toBeGreaterThanOrEqual(7);
  });
});

describe('wave plan from the answers alone', () => {
  it('sizes waves evenly and accounts for every mailbox and every GB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.double({ min: 0.01, max: 500_000, noNaN: true }), fc.constantFrom(...BATCHED), (n, gb, method) => {
        const plan = planWaves({ method, answers: { ...baseAnswers, source: 'exchange-2019', mailboxCount: n, totalDataGb: gb }, date: ON });
        expect(plan.fromAnswers).toBe(true);
        expect(plan.waves.reduce((t, w) => t + w.count, 0)).toBe(n);
        expect(plan.waves.reduce((t, w) => t + w.gb, 0)).toBeCloseTo(gb, 3);
        const counts = plan.waves.filter((w) => !w.pilot).map((w) => w.count);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        if (plan.rowLimit !== null) for (const c of counts) expect(c).toBeLessThanOrEqual(plan.rowLimit);
      }),
      { numRuns: 500 },
    );
  });

  it('plans 1,200 mailboxes of 3,600 GB in hybrid as a pilot of 24 and five weekly waves of at most 864 GB', () => {
    // Hybrid's slow pace: 24 mailboxes at a time (one per 50) × 0.3 GB an hour = 7.2 GB an hour; five copying days = 864 GB a wave.
    const plan = planWaves({ method: 'hybrid', answers: { ...baseAnswers, source: 'exchange-2019', mailboxCount: 1200, totalDataGb: 3600, timelineWeeks: 8 }, date: ON });
    expect(plan.rate.moves).toBe(24);
    expect(plan.rate.gbPerHour).toBeCloseTo(7.2, 6);
    expect(plan.waveCapacityGb).toBeCloseTo(864, 6);
    expect(plan.waves[0]).toMatchObject({ pilot: true, count: 24 });
    expect(plan.waves.filter((w) => !w.pilot)).toHaveLength(5);
    for (let i = 2; i < plan.waves.length; i++) expect(plan.waves[i]!.startDay - plan.waves[i - 1]!.startDay).toBe(7);
    expect(plan.waves[1]!.startDay - plan.waves[0]!.startDay).toBe(14); // a week's pilot and a week to review it
  });

  it('never plans more waves than five years of weekly waves: past that, waves run longer', () => {
    // 100,000 mailboxes of 50 GB over a 1 Mbit/s link: a wave could hold a fraction of one mailbox.
    const plan = planWaves({ method: 'google-workspace', answers: { ...baseAnswers, source: 'google-workspace', mailboxCount: 100_000, totalDataGb: 5_000_000, uploadMbps: 1 }, date: ON });
    expect(plan.waves.filter((w) => !w.pilot).length).toBeLessThanOrEqual(WAVES.maxWaves);
    expect(plan.waves.reduce((t, w) => t + w.count, 0)).toBe(100_000);
    expect(plan.overByDays).toBeGreaterThan(365);
  });

  it('takes a pilot of about 2% (5 to 50), and none for ten mailboxes or fewer', () => {
    expect([10, 11, 250, 1200, 2500, 60_000].map(pilotSize)).toEqual([0, 5, 5, 24, 50, 50]);
  });

  it('makes cutover one batch of everything, with no pilot and no batch file', () => {
    const plan = planWaves({ method: 'cutover', answers: { ...baseAnswers, mailboxCount: 120, totalDataGb: 300 }, date: ON });
    expect(plan.batched).toBe(false);
    expect(plan.waves).toHaveLength(1);
    expect(plan.waves[0]!.count).toBe(120);
  });

  it('says when the upload link, not the service, sets the pace', () => {
    const slow = planWaves({ method: 'hybrid', answers: { ...baseAnswers, source: 'exchange-2019', mailboxCount: 1200, totalDataGb: 3600, uploadMbps: 10 }, date: ON });
    expect(slow.rate.network).toBe(true);
    expect(slow.rate.gbPerHour).toBeLessThan(7.2);
    const fast = planWaves({ method: 'hybrid', answers: { ...baseAnswers, source: 'exchange-2019', mailboxCount: 1200, totalDataGb: 3600, uploadMbps: 1000 }, date: ON });
    expect(fast.rate.network).toBe(false);
  });
});

describe('pilot correction', () => {
  it('re-plans every wave at the pace the pilot measured', () => {
    const answers: Answers = { ...baseAnswers, source: 'exchange-2019', mailboxCount: 1200, totalDataGb: 3600, timelineWeeks: 8 };
    const before = planWaves({ method: 'hybrid', answers, date: ON });
    const after = planWaves({ method: 'hybrid', answers, date: ON, pilot: { mailboxes: 24, gb: 60, gbPerHourPerMove: 0.9 } });
    expect(after.rate.measured).toBe(true);
    expect(after.rate.perMove).toBe(0.9);
    expect(after.rate.gbPerHour).toBeCloseTo(24 * 0.9, 6);
    expect(after.waves.length).toBeLessThan(before.waves.length);
    expect(after.lastDay).toBeLessThan(before.lastDay);
  });

  it('never finishes sooner when the measured pace is slower', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }), (pace, factor) => {
        const answers: Answers = { ...baseAnswers, source: 'exchange-2019', mailboxCount: 800, totalDataGb: 4000 };
        const fast = planWaves({ method: 'hybrid', answers, date: ON, pilot: { mailboxes: 10, gb: 10, gbPerHourPerMove: pace * factor } });
        const slow = planWaves({ method: 'hybrid', answers, date: ON, pilot: { mailboxes: 10, gb: 10, gbPerHourPerMove: pace } });
        expect(slow.lastDay).toBeGreaterThanOrEqual(fast.lastDay);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pacing figures', () => {
  it('copies each wave over the working week and starts one wave a week', () => {
    expect(WAVES.copyDays).toBe(5);
    expect(WAVES.slotDays).toBe(7);
    expect(SCORING.hybrid.duration.ratePerMove.low).toBe(0.3);
  });
});

describe('rights as the exports name them', () => {
  it('matches a grantee by address, display name or account name (DOMAIN\\alias or an Identity path)', () => {
    const people = [mailbox(1, 1), mailbox(2, 1), mailbox(3, 1), mailbox(4, 1)];
    const { groups } = groupMailboxes(people, [
      { mailbox: 'contoso.com/Users/User 1', grantee: 'CONTOSO\\user2', right: 'full-access' },
      { mailbox: 'User 3', grantee: 'USER4@contoso.com', right: 'send-as' },
    ]);
    expect(groups.map((g) => g.members.map((m) => m.address).sort())).toEqual([
      ['user1@contoso.com', 'user2@contoso.com'],
      ['user3@contoso.com', 'user4@contoso.com'],
    ]);
  });
});

describe('a split group’s crossing rights', () => {
  it('names only the rights whose two people land in different waves, however the right names them', () => {
    // 20 people of 90 GB linked in a chain by account names: 1,800 GB, more than a staged wave's 1,200 (20 × 0.5 GB an hour × 120 hours).
    const people = Array.from({ length: 20 }, (_, i) => mailbox(i, 90));
    const links = people.slice(1).map((m, i): PlanLink => ({ mailbox: `User ${i}`, grantee: `CONTOSO\\user${i + 1}`, right: 'send-as' }));
    const plan = planWaves({ method: 'staged', answers: answersFor(people, { source: 'exchange-2007' }), date: ON, mailboxes: people, links });
    const waveOf = new Map(plan.waves.flatMap((w) => w.mailboxes.map((m) => [m.name, w.index] as const)));
    const crossing = links.filter((l) => waveOf.get(l.mailbox) !== waveOf.get(`User ${l.grantee.slice('CONTOSO\\user'.length)}`));
    expect(plan.split).toHaveLength(1);
    expect(plan.split[0]!.brokenLinks).toEqual(crossing);
    expect(crossing.length).toBeLessThan(links.length);
  });
});
