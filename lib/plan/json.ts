import { addDays } from '../calendar';
import type { WavePlan } from './types';

/**
 * The plan as plain JSON (ISO dates from the start date, GB to one decimal, addresses per wave), for the CLI and the
 * download.
 */
export function planJson(plan: WavePlan, start: string) {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    method: plan.method,
    batched: plan.batched,
    fromAnswers: plan.fromAnswers,
    start,
    pace: { gbPerHour: round(plan.rate.gbPerHour), gbPerHourPerMailbox: plan.rate.perMove, mailboxesAtATime: plan.rate.moves, network: plan.rate.network, measured: plan.rate.measured },
    waveCapacityGb: round(plan.waveCapacityGb),
    batchFileRowLimit: plan.rowLimit,
    setupDays: plan.setupDays,
    waves: plan.waves.map((w) => ({
      name: w.name,
      pilot: w.pilot,
      mailboxes: w.count,
      gb: round(w.gb),
      start: addDays(start, w.startDay),
      completeBy: addDays(start, w.endDay),
      copyDays: round(w.copyDays),
      addresses: w.mailboxes.map((m) => m.address),
      startEarly: w.preStage.map((p) => ({ address: p.address, days: p.startDaysEarly })),
    })),
    groupsKept: plan.groupsKept,
    split: plan.split.map((s) => ({ mailboxes: s.mailboxes, gb: round(s.gb), waves: s.waves, brokenLinks: s.brokenLinks })),
    linksOutside: plan.linksOutside,
    finishDays: plan.finishDays,
    finish: addDays(start, plan.lastDay),
    timelineEnds: addDays(start, plan.timelineDays),
    overByDays: plan.overByDays,
  };
}
