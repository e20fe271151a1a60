import type { Answers, Method } from '../answers';
import type { DurationRange } from '../duration';
import type { SourceFamily } from '../facts';
import type { SourceId } from '../sources';

/** What a rule did for one method: a score change, or a hard limit that rules the method out. */
export interface Firing {
  effect: number | 'excludes';
  text: string;
}

/** What every rule sees: the answers, the kind of source, and this method's duration estimate. */
export interface RuleContext {
  answers: Answers;
  family: SourceFamily;
  sourceLabel: string;
  estimate: DurationRange;
}

/** A rule: a small typed function with an id, what it is for, and the fact and source it rests on. */
export interface Rule {
  id: string;
  purpose: string;
  fact: string;
  source: SourceId;
  fire: (ctx: RuleContext) => Firing | null;
}

export type RuleSet = Record<Method, readonly Rule[]>;
