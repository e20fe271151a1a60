import type { PlanningRange } from './fact';

const range = (low: number, high: number, unit: string, basis: string, source: PlanningRange['source']): PlanningRange => ({ low, high, unit, basis, source });

/** The migration service (cutover, staged, IMAP, Google Workspace): 10–14 GB an hour in all at the default 20 moves at a time (facts §3). */
export const SERVICE_RATE_PER_MOVE = range(0.5, 0.7, 'GB an hour per mailbox moving', '10–14 GB an hour at 20 mailboxes at a time, Microsoft’s older planning table', 'M8');

/** Hybrid (MRS) moves: the fastest method; Microsoft has seen up to 100 GB an hour at 100 moves at a time (M13). */
export const HYBRID_RATE_PER_MOVE = range(0.3, 1, 'GB an hour per mailbox moving', 'Microsoft’s example sustained 30 GB an hour at 100 moves at a time; 100 GB an hour is the best it has seen', 'M13');

/** Third-party tools quote this per mailbox (facts §3): planning figures, not promises. */
export const TOOL_RATE_PER_MOVE = range(0.25, 1.25, 'GB an hour per mailbox moving', 'what migration tools quote per mailbox', 'M8');

/** Outlook profiles rebuilt a day: a helpdesk of one, or one sized to the organisation (our planning figure). */
export const PROFILES_A_DAY = range(40, 100, 'users a day', 'our planning figure for a small helpdesk', 'M8');

/** A helpdesk sized to the organisation rebuilds everyone’s profile within this many days (our planning figure). */
export const PROFILE_ROLLOUT_DAYS = range(10, 25, 'days', 'our planning figure for a helpdesk sized to the organisation', 'M8');

/** Share of the upload link a move may use, leaving room for daily work (our planning figure). */
export const UPLOAD_SHARE = 0.7;

/** Migration endpoints a large IMAP, Google or tool move spreads over, each up to Microsoft’s 100 at a time (our planning figure). */
export const LARGE_MOVE_ENDPOINTS = 3;

/**
 * How a wave plan is paced (our planning figures, not Microsoft's): each wave copies over the working week and is
 * completed (switched over) at the weekend; a pilot of about 2% of the mailboxes (5 to 50) goes first and is reviewed
 * for a week before the waves start.
 */
export const WAVES = {
  copyDays: 5,
  slotDays: 7,
  pilotShare: 0.02,
  pilotMin: 5,
  pilotMax: 50,
  pilotReviewDays: 7,
  /** Five years of weekly waves: past this, waves grow longer than a week rather than more numerous. */
  maxWaves: 260,
  basis: 'our planning figures: one wave a week, copied Monday to Friday and completed at the weekend, after a reviewed pilot',
} as const;
