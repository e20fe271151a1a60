import type { Method } from '../advice';

/** What a mailbox is, as Exchange's RecipientTypeDetails says it. */
export type MailboxKind = 'user' | 'shared' | 'room' | 'equipment' | 'other';

/** One mailbox to move, as the planner needs it (from the admin's mailbox statistics export). */
export interface PlanMailbox {
  /** Primary SMTP address: the key of the batch files. */
  address: string;
  name: string;
  kind: MailboxKind;
  /** Primary mailbox size in GB. */
  gb: number;
  /** Archive size in GB (0 when none). */
  archiveGb: number;
}

/** A right one mailbox gives another (Full Access, Send As, Send on Behalf, a delegate): they should move together. */
export interface PlanLink {
  /** The mailbox the right is on. */
  mailbox: string;
  /** Who holds the right. */
  grantee: string;
  right: string;
}

/** A finished pilot's measured pace, read from its move or migration statistics. */
export interface PilotMeasure {
  mailboxes: number;
  gb: number;
  /** Median GB an hour one mailbox copied at while in progress. */
  gbPerHourPerMove: number;
}

/** Mailboxes that must move together (linked by rights) but could not: the links the split breaks. */
export interface SplitGroup {
  mailboxes: number;
  gb: number;
  waves: number[];
  brokenLinks: PlanLink[];
}

/** A mailbox too big to copy within its wave's copying days: start it early, days before its wave. */
export interface PreStage {
  address: string;
  gb: number;
  startDaysEarly: number;
}

export interface Wave {
  /** 0 is the pilot when there is one. */
  index: number;
  name: string;
  pilot: boolean;
  count: number;
  gb: number;
  /** The mailboxes, when the plan is built from an export; empty when it is built from the answers alone. */
  mailboxes: PlanMailbox[];
  /** Days from the start of the project. */
  startDay: number;
  copyDays: number;
  endDay: number;
  preStage: PreStage[];
}

/** The pace the plan rests on: GB an hour in all (the slow end of the range), and per mailbox. */
export interface PlanRate {
  gbPerHour: number;
  perMove: number;
  moves: number;
  /** The upload link, not the service, sets the pace. */
  network: boolean;
  measured: boolean;
}

export interface WavePlan {
  method: Method;
  /** False for cutover: one batch of everything, no waves. */
  batched: boolean;
  /** Built from the answers alone (evenly sized waves) rather than a per-mailbox list. */
  fromAnswers: boolean;
  rate: PlanRate;
  /** The most rows one batch file of this method may hold (null when Microsoft documents no limit). */
  rowLimit: number | null;
  waveCapacityGb: number;
  setupDays: number;
  finishDays: number;
  waves: Wave[];
  split: SplitGroup[];
  /** Groups of two or more mailboxes kept whole in one wave. */
  groupsKept: number;
  /** Links naming someone outside the list (a group, a departed user): not used for grouping. */
  linksOutside: number;
  lastDay: number;
  timelineDays: number;
  /** Days past the timeline (0 when it fits). */
  overByDays: number;
}
