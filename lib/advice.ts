import type { AnswerField, Answers, Method } from './answers';
import type { Estimate } from './duration';
import type { IdentityAdvice } from './identity';
import type { Readiness } from './readiness';
import type { Note } from './notes';
import type { SourceId } from './sources';

/** One rule that fired for a method: `effect` is "+n", "-n" or "excludes" (answers contract v1). */
export interface Reason {
  rule: string;
  effect: string;
  text: string;
  source: SourceId;
}

/** One method in the ranking (answers contract v1). */
export interface RankedMethod {
  method: Method;
  viable: boolean;
  score: number;
  reasons: Reason[];
}

export type HybridFlavour = 'full' | 'minimal' | 'express';

/** A method's plan for these answers: tailored steps and a duration estimate. */
export interface Plan {
  steps: Readonly<{ id: string; text: string }>[];
  estimate: Estimate;
  flavour?: Readonly<{ kind: HybridFlavour; text: string }>;
}

/** One answer changed, and the recommendation it would lead to. */
export interface Change {
  field: AnswerField;
  from: Answers[AnswerField] | null;
  to: Answers[AnswerField] | null;
  recommended: Method | null;
  text: string;
  answers: Answers;
}

/**
 * The advice: the contract's fields (rulesVersion, recommended, ranking) and, beside them,
 * plans for the possible methods, notes, assumptions and what would change the answer.
 */
export interface Advice {
  rulesVersion: string;
  recommended: Method | null;
  ranking: RankedMethod[];
  /** A plan for each method that is possible (ruled-out methods have none). */
  plans: Partial<Record<Method, Plan>>;
  notes: Note[];
  assumptions: string[];
  /** How synced users should sign in (password hash sync, pass-through or AD FS). */
  identity: IdentityAdvice;
  /** The readiness checklist for the recommended method; null when no method is possible. */
  readiness: Readiness | null;
  whatWouldChange?: Change[];
}
