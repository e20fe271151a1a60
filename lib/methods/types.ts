import type { Answers } from '../answers';
import type { HybridFlavour, Method, ReadinessItem } from '../advice';
import type { Limit, PlanningRange } from '../facts/fact';
import type { Rule } from '../rules/types';
import type { SourceId } from '../sources';

/** One step of a method's plan; `when` keeps it only for answers it applies to. */
export interface StepTemplate {
  id: string;
  text: string;
  when?: (a: Answers) => boolean;
}

export interface LimitLine {
  label: string;
  value: string;
  source: SourceId;
}

/** What we tell people about a method, independent of their answers (except the step conditions). */
export interface Catalogue {
  summary: string;
  fitsWhen: string[];
  pros: string[];
  cons: string[];
  limits: LimitLine[];
  prerequisites: string[];
  userImpact: string[];
  endState: string;
  sources: SourceId[];
  steps: StepTemplate[];
}

/** A range of days. */
export interface DayRange {
  low: number;
  high: number;
}

/** What a method's duration estimate is built from. */
export interface DurationModel {
  throughput: PlanningRange;
  /** How the throughput is described among the assumptions. */
  rateNote: string;
  /** What finishing includes besides the mail switch-over, as it reads inside "Finishing (mail switch-over…)". */
  finishing: string;
  setupDays: (a: Answers) => DayRange;
  finishDays: (a: Answers) => DayRange;
}

/** The method's own readiness checks; the checks every method shares are in readiness.ts. */
export interface MethodReadiness {
  /** This method's prerequisites, checked after support status and cumulative updates. */
  prerequisites: readonly ((a: Answers) => ReadinessItem)[];
  licences: { text: string; source: SourceId };
  /** Checks that come after the size checks. */
  last: readonly ((a: Answers) => ReadinessItem)[];
  /** Whether servers that may be behind get the steps for a cumulative update. */
  cuUpgradeSteps: boolean;
}

export interface Flavour {
  kind: HybridFlavour;
  text: string;
}

/** Everything the engine knows about one method. A new method is a folder with one of these and a registry line. */
export interface MethodDefinition {
  id: Method;
  /** As a heading: "Cutover migration". */
  label: string;
  /** Inside a sentence: "cutover". */
  short: string;
  /** With its article: "a cutover migration". */
  withArticle: string;
  catalogue: Catalogue;
  rules: readonly Rule[];
  readiness: MethodReadiness;
  duration: DurationModel;
  /** The largest item this method moves. */
  largestItem: Limit;
  /** Whether accounts keep syncing from on-premises AD afterwards (so a sign-in method must be chosen). */
  keepsDirectorySync: boolean;
  flavour?: (a: Answers) => Flavour;
}
