import { LIMITS } from '../../facts/limits';
import { THROUGHPUT_GB_PER_HOUR } from '../../facts/planning';
import { item, PROFILES_NOTE, profileDays } from '../shared';
import type { MethodDefinition } from '../types';
import { imapCatalogue } from './catalogue';
import { imapRules } from './rules';

/** Users Microsoft 365 accounts are created for in a day of setup (our planning figure). */
const USERS_CREATED_A_DAY = 1000;

/** IMAP: email only, copied from any IMAP server into mailboxes created in Microsoft 365 first. */
export const imap: MethodDefinition = {
  id: 'imap',
  label: 'IMAP migration',
  short: 'IMAP',
  withArticle: 'an IMAP migration',
  catalogue: imapCatalogue,
  rules: imapRules,
  largestItem: LIMITS.imapLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    throughput: THROUGHPUT_GB_PER_HOUR.imap,
    rateNote: `with the default ${LIMITS.defaultConcurrency.value} mailboxes moving at a time`,
    finishing: `${PROFILES_NOTE}, a last sync of about ${LIMITS.mxChangeWaitHours.value} hours`,
    setupDays: (a) => {
      const users = Math.ceil(a.mailboxCount / USERS_CREATED_A_DAY);
      return { low: 2 + users, high: 5 + users };
    },
    finishDays: (a) => {
      const profiles = profileDays(a);
      return { low: 4 + profiles.low, high: 5 + profiles.high };
    },
  },
  readiness: {
    prerequisites: [],
    licences: { text: 'Create and license every user in Microsoft 365 before the move: IMAP copies mail only into existing mailboxes.', source: 'M4' },
    last: [() => item('imap-connections', 'IMAP connection limits', 'unknown', 'Raise the source server’s and firewall’s limits on total, per-user and per-IP connections for the duration of the move.', 'M4')],
    cuUpgradeSteps: false,
  },
};
