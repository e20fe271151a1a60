import { item, usersFirst } from '../shared';
import type { MethodDefinition } from '../types';
import { imapCatalogue } from './catalogue';
import { imapScoring } from './scoring';

/** IMAP: email only, copied from any IMAP server into mailboxes created in Microsoft 365 first. */
export const imap: MethodDefinition = {
  ...imapScoring,
  catalogue: imapCatalogue,
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
