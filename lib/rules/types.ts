import type { Answers } from '../answers';
import type { DurationRange } from '../advice';
import type { SourceFamily, SourceSystem } from '../facts/source-systems';
import type { SourceId } from '../sources';

/** What a rule did for one method: a score change, with the words that explain it. */
export interface Firing {
  effect: number;
  text: string;
}

/** What every rule sees: the answers, the kind of source, this method's duration estimate and the assessment date. */
export interface RuleContext {
  answers: Answers;
  family: SourceFamily;
  /** What the chosen source is and can do; texts name only this source. */
  system: SourceSystem;
  estimate: DurationRange;
  /** The date (ISO) the advice is judged on: support status and dated events depend on it. */
  date: string;
}

/** What a hard limit sees: everything a rule sees but the estimate (a ruled-out method needs none). */
export type LimitContext = Omit<RuleContext, 'estimate'>;

/** A rule: a small typed function with an id, what it is for, and the fact and source it rests on. */
export interface Rule {
  id: string;
  purpose: string;
  fact: string;
  source: SourceId;
  fire: (ctx: RuleContext) => Firing | null;
}

/** A hard limit: when it holds, the method is ruled out, and the words say why. Checked before any rule is weighed. */
export interface HardLimit {
  id: string;
  purpose: string;
  fact: string;
  source: SourceId;
  excludes: (ctx: LimitContext) => string | null;
}
