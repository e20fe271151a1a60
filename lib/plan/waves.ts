import type { Answers } from '../answers';
import type { Method } from '../advice';
import { concurrency, phasesOf, throughput } from '../duration';
import { WAVES } from '../facts/planning';
import { SCORING } from '../methods/scoring';
import { BATCH_FORMATS, type BatchFormat } from './batch-files';
import { addressKey, groupMailboxes, type Group } from './groups';
import type { PilotMeasure, PlanLink, PlanMailbox, PlanRate, PreStage, SplitGroup, Wave, WavePlan } from './types';

const HOURS_A_DAY = 24;

export interface PlanInput {
  method: Method;
  answers: Answers;
  /** The assessment date (ISO): the project starts then. */
  date: string;
  /** The per-mailbox list from the exports; without it, waves are evenly sized from the answers. */
  mailboxes?: readonly PlanMailbox[];
  links?: readonly PlanLink[];
  pilot?: PilotMeasure;
}

/** A unit of placement: a group kept whole, or one part of a group too large to keep whole. */
interface Unit {
  members: PlanMailbox[];
  gb: number;
}

interface Bin {
  members: PlanMailbox[];
  gb: number;
  count: number;
}

const sizeOf = (m: PlanMailbox) => m.gb + m.archiveGb;
const isResource = (m: PlanMailbox) => m.kind === 'shared' || m.kind === 'room' || m.kind === 'equipment';

/** How many mailboxes the pilot takes: about 2% (5 to 50); none for ten mailboxes or fewer. */
export function pilotSize(mailboxes: number): number {
  if (mailboxes <= 10) return 0;
  return Math.min(WAVES.pilotMax, Math.max(WAVES.pilotMin, Math.round(mailboxes * WAVES.pilotShare)));
}

function rateOf(input: PlanInput): PlanRate {
  const model = SCORING[input.method].duration;
  const perMove = input.pilot ? { low: input.pilot.gbPerHourPerMove, high: input.pilot.gbPerHourPerMove } : model.ratePerMove;
  const moves = concurrency(model, input.answers.mailboxCount);
  const rate = throughput(model, input.answers, perMove);
  return { gbPerHour: rate.low, perMove: perMove.low, moves, network: rate.low < moves * perMove.low - 1e-9, measured: input.pilot !== undefined };
}

/**
 * First fit, largest first: each unit into the first bin with room, else a new bin. A unit larger than a bin gets its
 * own. Past the most waves a plan may have, units go to the lightest bin with rows to spare (its wave runs longer).
 */
function firstFit(units: readonly Unit[], capacityGb: number, rowLimit: number, bins: Bin[] = []): Bin[] {
  for (const u of [...units].sort((x, y) => y.gb - x.gb)) {
    let bin = bins.find((b) => b.gb + u.gb <= capacityGb && b.count + u.members.length <= rowLimit);
    if (!bin && bins.length >= WAVES.maxWaves) {
      for (const b of bins) if (b.count + u.members.length <= rowLimit && (!bin || b.gb < bin.gb)) bin = b;
    }
    if (bin) {
      bin.members.push(...u.members);
      bin.gb += u.gb;
      bin.count += u.members.length;
    } else bins.push({ members: [...u.members], gb: u.gb, count: u.members.length });
  }
  return bins;
}

/** Splits a group too large for one wave into parts that fit, and says which links the split breaks. */
function splitGroup(g: Group, capacityGb: number, rowLimit: number): { parts: Unit[]; broken: PlanLink[] } {
  const parts = firstFit(g.members.map((m) => ({ members: [m], gb: sizeOf(m) })), capacityGb, rowLimit);
  const partOf = new Map<PlanMailbox, number>();
  parts.forEach((p, i) => p.members.forEach((m) => partOf.set(m, i)));
  const broken = g.links.filter((l) => partOf.get(l.mailbox) !== partOf.get(l.grantee)).map((l) => l.link);
  return { parts, broken };
}

/** Picks the pilot: whole groups of ordinary users, smallest groups first and sizes nearest the typical mailbox. */
function pickPilot(groups: Group[], target: number): { pilot: Group[]; rest: Group[] } {
  if (target === 0) return { pilot: [], rest: groups };
  const sizes = groups.flatMap((g) => g.members.map(sizeOf)).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const candidates = groups
    .filter((g) => g.members.length <= target && g.members.every((m) => m.kind === 'user'))
    .sort((a, b) => a.members.length - b.members.length || Math.abs(a.gb / a.members.length - median) - Math.abs(b.gb / b.members.length - median));
  const chosen = new Set<Group>();
  let count = 0;
  for (const g of candidates) {
    if (count >= target) break;
    if (count + g.members.length > target) continue;
    chosen.add(g);
    count += g.members.length;
  }
  return { pilot: [...chosen], rest: groups.filter((g) => !chosen.has(g)) };
}

/** Bins from a per-mailbox list: the pilot, then groups kept whole (split only when too large), unlinked shared and room mailboxes last. */
function binsFromList(input: PlanInput, capacityGb: number, rowLimit: number) {
  const mailboxes = input.mailboxes ?? [];
  const { groups, outside } = groupMailboxes(mailboxes, input.links ?? []);
  const { pilot, rest } = pickPilot(groups, pilotSize(mailboxes.length));
  const splits: { parts: Unit[]; broken: PlanLink[]; gb: number; count: number }[] = [];
  const units: Unit[] = [];
  const resources: Unit[] = [];
  for (const g of rest) {
    if (g.gb > capacityGb || g.members.length > rowLimit) {
      const s = splitGroup(g, capacityGb, rowLimit);
      splits.push({ ...s, gb: g.gb, count: g.members.length });
      units.push(...s.parts);
    } else if (g.members.length === 1 && isResource(g.members[0]!)) resources.push(g);
    else units.push(g);
  }
  const bins = firstFit(units, capacityGb, rowLimit);
  // Shared and room mailboxes nobody is linked to go with the last waves, once most of their users have moved.
  for (const r of resources) {
    const bin = [...bins].reverse().find((b) => b.gb + r.gb <= capacityGb && b.count + 1 <= rowLimit);
    if (bin) {
      bin.members.push(...r.members);
      bin.gb += r.gb;
      bin.count++;
    } else bins.push({ members: [...r.members], gb: r.gb, count: 1 });
  }
  const pilotBin: Bin | null = pilot.length ? { members: pilot.flatMap((g) => g.members), gb: pilot.reduce((t, g) => t + g.gb, 0), count: pilot.reduce((t, g) => t + g.members.length, 0) } : null;
  const groupsKept = groups.filter((g) => g.members.length > 1).length - splits.length;
  return { pilotBin, bins, splits, groupsKept, outside };
}

/** Evenly sized bins from the answers alone: counts and sizes, no addresses. */
function binsFromAnswers(a: Answers, capacityGb: number, rowLimit: number) {
  const n = a.mailboxCount;
  const average = a.totalDataGb / n;
  const p = pilotSize(n);
  const restCount = n - p;
  // As many mailboxes a wave as fit its copying days (at least one), within the batch file's limit.
  const perWave = Math.min(rowLimit, Math.max(1, Math.floor(capacityGb / average + 1e-9), Math.ceil(restCount / WAVES.maxWaves)));
  const waves = restCount === 0 ? 0 : Math.ceil(restCount / perWave);
  const bins: Bin[] = [];
  for (let i = 0; i < waves; i++) {
    const count = Math.floor(restCount / waves) + (i < restCount % waves ? 1 : 0);
    bins.push({ members: [], gb: count * average, count });
  }
  const pilotBin: Bin | null = p ? { members: [], gb: p * average, count: p } : null;
  return { pilotBin, bins, splits: [], groupsKept: 0, outside: 0 };
}

/** Days a wave copies: its data at the pace in all, or its largest mailbox at the pace of one, whichever is longer. */
function copyDaysOf(gb: number, largestGb: number, rate: PlanRate): number {
  return Math.max(gb / rate.gbPerHour / HOURS_A_DAY, largestGb / rate.perMove / HOURS_A_DAY);
}

/**
 * Plans the moves in waves: a pilot, then waves of whole groups filled by size against the pace, one a week, with the
 * finish set against the timeline. Cutover has one batch of everything.
 * @example planWaves({ method: 'hybrid', answers, date: '2026-11-25' }).waves.length // 4
 */
export function planWaves(input: PlanInput): WavePlan {
  const { method, answers: a, date } = input;
  const scoring = SCORING[method];
  const phases = phasesOf(scoring, a, date);
  const setupDays = Math.ceil(phases.setup.reduce((t, p) => t + p.high, 0));
  const finishDays = Math.ceil(phases.finish.high + (scoring.duration.profiles === 'after' ? phases.profiles.high : 0));
  const rate = rateOf(input);
  const format: BatchFormat | null = BATCH_FORMATS[method];
  const rowLimit = format?.rowLimit?.value ?? Number.POSITIVE_INFINITY;
  const fromAnswers = !input.mailboxes || input.mailboxes.length === 0;
  const capacityGb = rate.gbPerHour * HOURS_A_DAY * WAVES.copyDays;
  const base = { method, fromAnswers, rate, rowLimit: format?.rowLimit?.value ?? null, waveCapacityGb: capacityGb, setupDays, finishDays, timelineDays: a.timelineWeeks * 7 };

  if (!format) {
    const all: PlanMailbox[] = [...(input.mailboxes ?? [])];
    const copyDays = Math.ceil(phases.copy.high);
    const wave: Wave = { index: 1, name: 'One batch of every mailbox', pilot: false, count: fromAnswers ? a.mailboxCount : all.length, gb: fromAnswers ? a.totalDataGb : all.reduce((t, m) => t + sizeOf(m), 0), mailboxes: all, startDay: setupDays, copyDays, endDay: setupDays + copyDays, preStage: [] };
    return finish({ ...base, batched: false, waves: [wave], split: [], groupsKept: 0, linksOutside: 0 });
  }

  const built = fromAnswers ? binsFromAnswers(a, capacityGb, rowLimit) : binsFromList(input, capacityGb, rowLimit);
  const waves: Wave[] = [];
  let day = setupDays;
  let numbered = 0;
  const schedule = (bin: Bin, pilot: boolean) => {
    const largest = bin.members.length ? bin.members.reduce((t, m) => Math.max(t, sizeOf(m)), 0) : fromAnswers && !pilot && numbered === 0 ? (a.largestMailboxGb ?? 0) : 0;
    const earlyDays = day - setupDays;
    const preStage: PreStage[] = [];
    for (const m of bin.members) {
      const own = sizeOf(m) / rate.perMove / HOURS_A_DAY;
      const early = Math.min(Math.ceil(own - WAVES.copyDays), earlyDays);
      if (own > WAVES.copyDays && early > 0) preStage.push({ address: m.address, gb: sizeOf(m), startDaysEarly: early });
    }
    // Pre-staging uses the days since set-up ended; what is left of the largest mailbox's copy falls in the wave.
    const copyDays = Math.max(bin.gb / rate.gbPerHour / HOURS_A_DAY, copyDaysOf(0, largest, rate) - earlyDays);
    const weeks = Math.max(1, Math.ceil(copyDays / WAVES.copyDays - 1e-9));
    const index = pilot ? 0 : ++numbered;
    const wave: Wave = { index, name: pilot ? 'Pilot' : `Wave ${index}`, pilot, count: bin.count, gb: bin.gb, mailboxes: bin.members, startDay: day, copyDays, endDay: day + weeks * WAVES.slotDays, preStage };
    waves.push(wave);
    day = wave.endDay + (pilot ? WAVES.pilotReviewDays : 0);
  };
  if (built.pilotBin) schedule(built.pilotBin, true);
  for (const bin of built.bins) schedule(bin, false);

  const waveOf = new Map<string, number>();
  for (const w of waves) for (const m of w.mailboxes) waveOf.set(addressKey(m.address), w.index);
  const split: SplitGroup[] = built.splits.map((s) => ({
    mailboxes: s.count,
    gb: s.gb,
    waves: [...new Set(s.parts.flatMap((p) => p.members.map((m) => waveOf.get(addressKey(m.address))!)))].sort((x, y) => x - y),
    brokenLinks: s.broken,
  }));
  return finish({ ...base, batched: true, waves, split, groupsKept: built.groupsKept, linksOutside: built.outside });
}

function finish(plan: Omit<WavePlan, 'lastDay' | 'overByDays'>): WavePlan {
  const lastWave = plan.waves[plan.waves.length - 1];
  const lastDay = (lastWave?.endDay ?? plan.setupDays) + plan.finishDays;
  return { ...plan, lastDay, overByDays: Math.max(0, lastDay - plan.timelineDays) };
}
