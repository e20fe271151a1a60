/**
 * The advice contract (answers contract, "Advice" and its revision of 2026-11-25): the types every part of the
 * engine returns and the UI, the CLI and the reports read. A leaf: it imports no feature module.
 * Inside lib/ an effect is a number; it becomes the contract's "+n" string only at the JSON boundary (report/json.ts).
 */
import type { AnswerField, Answers } from './answers';
import type { SourceId } from './sources';

/** Every method the engine knows. The registry (methods/index.ts) must list each of these, and nothing else. */
export type Method = 'cutover' | 'staged' | 'hybrid' | 'imap' | 'google-workspace' | 'third-party';

/** What a rule did: moved the score by a number of points, or ruled the option out. */
export type Effect = number | 'excludes';

/** One rule that fired for a method or a sign-in option. */
export interface Reason {
  rule: string;
  effect: Effect;
  text: string;
  source: SourceId;
}

export type HybridFlavour = 'full' | 'minimal' | 'express';

/**
 * One method in the ranking. Its reasons begin with the starting score (`<method>.base`); a viable method's score is
 * the sum of its effects held within 1–100 (a `<method>.capped` reason says when it was held); a ruled-out one scores 0.
 */
export interface RankedMethod {
  method: Method;
  viable: boolean;
  score: number;
  reasons: Reason[];
  /** The hybrid entry only: which Hybrid Configuration Wizard set-up fits. */
  flavour?: HybridFlavour;
}
export type TimelineFit = 'fits' | 'tight' | 'does-not-fit';

/** A planning range for one method, in calendar days, set against the person's timeline. */
export interface DurationRange {
  lowDays: number;
  highDays: number;
  timelineDays: number;
  fit: TimelineFit;
}

/** The range with the assumptions it rests on, as shown to people. */
export interface Estimate extends DurationRange {
  assumptions: string[];
  /** Something to fix before any date can be promised (a mailbox too large to move as it is); the days leave it out. */
  blocker?: string;
}

export interface Step {
  id: string;
  text: string;
}

/** A method's plan for these answers: tailored steps and a duration estimate. */
export interface Plan {
  steps: readonly Readonly<Step>[];
  estimate: Estimate;
  flavour?: Readonly<{ kind: HybridFlavour; text: string }>;
}

/** A note that stands beside the ranking without changing it. */
export interface Note {
  id: string;
  text: string;
  source: SourceId;
}

export type SignInMethod = 'password-hash-sync' | 'pass-through' | 'federation';

export interface SignInOption {
  method: SignInMethod;
  score: number;
  reasons: Reason[];
  pros: string[];
  cons: string[];
}

export interface IdentityAdvice {
  /** Whether accounts keep syncing from on-premises AD with the recommended method. */
  applies: boolean;
  summary: string;
  recommended: SignInMethod | null;
  options: SignInOption[];
  backup: string;
  /** Set when an AD FS farm runs today: how to plan leaving it. */
  leaveAdfs?: string;
  /** Needs that once called for AD FS, and the cloud feature that meets each now. */
  cloudEquivalents: readonly Readonly<{ need: string; answer: string; source: SourceId }>[];
  howPassThroughWorks: string[];
}

export type ReadinessStatus = 'pass' | 'needs-work' | 'unknown';

/** One thing to be ready before the move: its status for these answers and what to do. */
export interface ReadinessItem {
  id: string;
  title: string;
  status: ReadinessStatus;
  text: string;
  source: SourceId;
}

export interface Readiness {
  method: Method;
  /** The date support status was judged on (ISO), passed in by the caller. */
  assessedOn: string;
  items: ReadinessItem[];
  /** For hybrid from out-of-date servers: how to bring them to a supported cumulative update. */
  cuUpgradeSteps: readonly string[];
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
  /** The answers this advice assessed. */
  answers: Answers;
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
