/**
 * Microsoft's migration durations (M8, "Migration performance and best practices"), as published: the only
 * durations with a source. Rows are bands; the estimate interpolates between them so one more mailbox never
 * jumps a band.
 */

/**
 * "Migration duration to complete 90% of mailbox moves based on tenant size profiles": `days` is the table's
 * Duration, `upTo` its "may take up to". Our reading: the typical time and the upper end of the copying phase.
 */
export const TENANT_DURATION = {
  source: 'M8',
  bands: [
    { fromMailboxes: 0, toMailboxes: 1000, days: 5, upTo: 14 },
    { fromMailboxes: 1000, toMailboxes: 5000, days: 10, upTo: 30 },
    { fromMailboxes: 5000, toMailboxes: 10_000, days: 20, upTo: 45 },
    { fromMailboxes: 10_000, toMailboxes: 50_000, days: 30, upTo: 60 },
    { fromMailboxes: 50_000, toMailboxes: 100_000, days: 45, upTo: 90 },
    { fromMailboxes: 100_000, toMailboxes: 200_000, days: 60, upTo: 180 },
  ],
} as const;

/** Onboarding duration of one mailbox by its size (days at the 50th and 90th percentile); over 200 GB: not supported. */
export const MAILBOX_DURATION = {
  source: 'M8',
  bands: [
    { toGb: 1, median: 1, p90: 7 },
    { toGb: 10, median: 1, p90: 7 },
    { toGb: 50, median: 3, p90: 14 },
    { toGb: 100, median: 3, p90: 30 },
    { toGb: 200, median: 8, p90: 45 },
  ],
} as const;
