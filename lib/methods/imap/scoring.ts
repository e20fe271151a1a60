import { LIMITS } from '../../facts/limits';
import { createUsersPart, SERVICE_BATCHES, scaledSetup } from '../shared';
import { imapRules } from './rules';
import type { MethodScoring } from '../types';

/** IMAP: email only, copied from any IMAP server into mailboxes created in Microsoft 365 first. */
export const imapScoring: MethodScoring = {
  id: 'imap',
  label: 'IMAP migration',
  short: 'IMAP',
  withArticle: 'an IMAP migration',
  base: 'Every method starts at 50; the reasons below move IMAP up or down.',
  limits: [],
  rules: imapRules,
  largestItem: LIMITS.imapLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    ...SERVICE_BATCHES,
    profiles: 'after',
    setup: (a) => [
      scaledSetup(a, 'Setup before the first batch (domain, endpoint, migration CSV)', [1, 2], [2, 5]),
      ...(a.source === 'google-workspace' ? [scaledSetup(a, 'Google preparation (IMAP on, 2-Step Verification and an app password per user)', [1, 2], [2, 7])] : []),
      ...createUsersPart(a),
    ],
    finish: () => ({ what: `Switch-over (MX change; people work in Microsoft 365 while about ${LIMITS.mxChangeWaitHours.value} hours of syncing finish)`, low: 1, high: LIMITS.mxChangeWaitHours.value / 24 }),
  },
};
