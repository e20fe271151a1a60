import type { Effect, Reason } from './advice';

/** A reason whose effect differs between two assessments of one method: new, gone, or with other points. */
export interface MovedReason {
  rule: string;
  text: string;
  /** The effect before ('excludes' or points); undefined when the reason did not fire before. */
  before?: Effect;
  /** The effect after; undefined when the reason no longer fires. */
  after?: Effect;
}

const points = (e: Effect | undefined) => (e === undefined || e === 'excludes' ? 0 : e);

/**
 * Which reasons moved between two assessments of the same method (the starting score and the 1–100 hold left out),
 * largest change first: what a what-if changed, in the engine's own words.
 * @example reasonsMoved(before.reasons, after.reasons)[0] // { rule: 'cutover.timeline', text: '…', before: -10, after: 5 }
 */
export function reasonsMoved(before: readonly Reason[], after: readonly Reason[]): MovedReason[] {
  const skip = (r: Reason) => r.rule.endsWith('.base') || r.rule.endsWith('.capped');
  const was = new Map(before.filter((r) => !skip(r)).map((r) => [r.rule, r]));
  const is = new Map(after.filter((r) => !skip(r)).map((r) => [r.rule, r]));
  const moved: MovedReason[] = [];
  for (const rule of new Set([...was.keys(), ...is.keys()])) {
    const b = was.get(rule);
    const a = is.get(rule);
    if (b && a && b.effect === a.effect) continue;
    moved.push({ rule, text: (a ?? b)!.text, ...(b ? { before: b.effect } : {}), ...(a ? { after: a.effect } : {}) });
  }
  const weight = (m: MovedReason) =>
    m.before === 'excludes' || m.after === 'excludes' ? Number.MAX_SAFE_INTEGER : Math.abs(points(m.after) - points(m.before));
  return moved.sort((x, y) => weight(y) - weight(x));
}
