import type { Answers } from '../answers';
import type { HybridFlavour, Method, ReadinessItem } from '../advice';
import type { Limit, PlanningRange } from '../facts/fact';
import type { HardLimit, Rule } from '../rules/types';
import type { SourceId } from '../sources';

/** One step of a method's plan; `when` keeps it only for answers (and the date) it applies to, `text` may depend on them. */
export interface StepTemplate {
  id: string;
  text: string | ((a: Answers, date: string) => string);
  when?: (a: Answers, date: string) => boolean;
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

/** A range of days, with what the range is made of. */
export interface DayRange {
  low: number;
  high: number;
}

/** One part of the time before the first mailbox moves, as it reads among the assumptions. */
export interface SetupPart extends DayRange {
  what: string;
}

/** What a method's duration estimate is built from (domain facts §3 and §9: M8's tables, adjusted). */
export interface DurationModel {
  /** How fast one mailbox copies while others copy beside it. */
  ratePerMove: PlanningRange;
  /** The most mailboxes this method copies at once (several endpoints or servers where it allows). */
  maxConcurrency: number;
  /** How long one big mailbox takes: Microsoft's per-mailbox table (mailbox moves) or the rate per move. */
  mailboxPace: 'table' | 'rate';
  /** When Outlook profiles are set up: after the switch, alongside the batches, or not at all. */
  profiles: 'after' | 'alongside' | 'none';
  setup: (a: Answers, date: string) => SetupPart[];
  /** After the last copy: the switch-over and any last sync. */
  finish: (a: Answers) => SetupPart;
}

/** The method's own readiness checks; the checks every method shares are in readiness.ts. */
export interface MethodReadiness {
  /** This method's prerequisites, checked after support status and cumulative updates. */
  prerequisites: readonly ((a: Answers, date: string) => ReadinessItem | null)[];
  licences: (a: Answers) => { text: string; source: SourceId };
  /** Checks that come after the size checks. */
  last: readonly ((a: Answers, date: string) => ReadinessItem | null)[];
  /** Whether servers that may be behind get the steps for a cumulative update. */
  cuUpgradeSteps: boolean;
}

export interface Flavour {
  kind: HybridFlavour;
  text: string;
}

/**
 * What ranking needs of one method: its names, hard limits, rules and duration model. Kept apart from the catalogue
 * and readiness texts so the live advice in the browser loads only this.
 */
export interface MethodScoring {
  id: Method;
  /** As a heading: "Cutover migration". */
  label: string;
  /** Inside a sentence: "cutover". */
  short: string;
  /** With its article: "a cutover migration". */
  withArticle: string;
  /** The starting score's reason, in this method's words. */
  base: string;
  /** What rules the method out, checked first; a method it rules out is not weighed further. */
  limits: readonly HardLimit[];
  rules: readonly Rule[];
  duration: DurationModel;
  /** The largest item this method moves. */
  largestItem: Limit;
  /** Whether accounts keep syncing from on-premises AD afterwards (so a sign-in method must be chosen). */
  keepsDirectorySync: boolean | ((a: Answers) => boolean);
  flavour?: (a: Answers) => Flavour;
}

/** Everything the engine knows about one method. A new method is a folder with one of these and a line in each registry. */
export interface MethodDefinition extends MethodScoring {
  catalogue: Catalogue;
  readiness: MethodReadiness;
}
