import { limit } from './fact';

/**
 * Documented Microsoft limits the advice uses (domain facts §1, §3 and §9), each once. Rules, catalogue prose,
 * question hints and notes interpolate `.value`: change a number here and every sentence follows.
 */
export const LIMITS = {
  cutoverMaxMailboxes: limit(2000, 'mailboxes', 'M2'),
  cutoverRecommendedMailboxes: limit(150, 'mailboxes', 'M1'),
  stagedBatchRows: limit(2000, 'rows', 'M3'),
  imapBatchRows: limit(50_000, 'rows', 'M4'),
  imapBatchFileMb: limit(10, 'MB', 'M4'),
  imapLargestItemMb: limit(35, 'MB', 'M4'),
  googleLargestItemMb: limit(35, 'MB', 'M11'),
  mrsLargestItemMb: limit(150, 'MB', 'M7'),
  imapItemsPerMailbox: limit(500_000, 'items', 'M4'),
  standardQuotaGb: limit(50, 'GB', 'M7'),
  e3QuotaGb: limit(100, 'GB', 'M7'),
  archiveMaxGb: limit(1500, 'GB', 'M7'),
  mailboxMoveCeilingGb: limit(200, 'GB', 'M8'),
  partnerMailboxes: limit(5000, 'mailboxes', 'M1'),
  defaultConcurrency: limit(20, 'mailboxes at a time', 'M8'),
  maxConcurrency: limit(100, 'mailboxes at a time', 'M8'),
  mxChangeWaitHours: limit(72, 'hours', 'M2'),
  pstImportGbPerDay: limit(24, 'GB a day per mailbox', 'M12'),
  syncOffHours: limit(72, 'hours', 'M2'),
  publicFolderSizeGb: limit(25, 'GB', 'M20'),
  passThroughAgents: limit(3, 'agents', 'M10'),
  googleScopeDelayHours: limit(24, 'hours', 'M11'),
  googleContactAddresses: limit(3, 'email addresses a contact', 'M11'),
  enforcementPauseDays: limit(90, 'days a calendar year', 'N230'),
} as const;
