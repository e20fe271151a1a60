import { LIMITS } from '../../facts/limits';
import { LARGE_MOVE_ENDPOINTS, SERVICE_RATE_PER_MOVE } from '../../facts/planning';
import { createUsersPart, item, scaledSetup, usersFirst } from '../shared';
import type { MethodDefinition } from '../types';
import { imapCatalogue } from './catalogue';
import { imapRules } from './rules';

/** IMAP: email only, copied from any IMAP server into mailboxes created in Microsoft 365 first. */
export const imap: MethodDefinition = {
  id: 'imap',
  label: 'IMAP migration',
  short: 'IMAP',
  withArticle: 'an IMAP migration',
  base: 'Every method starts at 50; the reasons below move IMAP up or down.',
  catalogue: imapCatalogue,
  limits: [],
  rules: imapRules,
  largestItem: LIMITS.imapLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    ratePerMove: SERVICE_RATE_PER_MOVE,
    maxConcurrency: LARGE_MOVE_ENDPOINTS * LIMITS.maxConcurrency.value,
    mailboxPace: 'rate',
    profiles: 'after',
    setup: (a) => [
      scaledSetup(a, 'Setup before the first batch (domain, endpoint, migration CSV)', [1, 2], [2, 5]),
      ...(a.source === 'google-workspace' ? [scaledSetup(a, 'Google preparation (IMAP on, 2-Step Verification and an app password per user)', [1, 2], [2, 7])] : []),
      ...createUsersPart(a),
    ],
    finish: () => ({ what: `Switch-over (MX change; people work in Microsoft 365 while about ${LIMITS.mxChangeWaitHours.value} hours of syncing finish)`, low: 1, high: LIMITS.mxChangeWaitHours.value / 24 }),
  },
  readiness: {
    prerequisites: [
      (a) =>
        a.source === 'google-workspace'
          ? item('google-imap', 'Google ready for IMAP', 'unknown', 'IMAP must be on in Google, and every user needs 2-Step Verification and an app password for the migration: Google refuses plain passwords.', 'M19')
          : null,
    ],
    licences: usersFirst('M4'),
    last: [
      (a) =>
        a.source === 'google-workspace' ? null
        : a.source === 'hosted-exchange' ? item('imap-connections', 'IMAP connection limits', 'unknown', 'Ask your provider for the IMAP settings and for higher connection limits while the move runs.', 'M4')
        : item('imap-connections', 'IMAP connection limits', 'unknown', 'Raise the source server’s and firewall’s limits on total, per-user and per-IP connections for the duration of the move.', 'M4'),
    ],
    cuUpgradeSteps: false,
  },
};
