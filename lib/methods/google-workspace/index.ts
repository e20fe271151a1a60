import { item, usersFirst } from '../shared';
import type { MethodDefinition } from '../types';
import { googleWorkspaceCatalogue } from './catalogue';
import { googleWorkspaceScoring } from './scoring';

/** Microsoft's Google Workspace migration: mail, calendars and contacts through Google's APIs. */
export const googleWorkspace: MethodDefinition = {
  ...googleWorkspaceScoring,
  catalogue: googleWorkspaceCatalogue,
  readiness: {
    prerequisites: [
      () => item('google-project', 'Google Cloud project and service account', 'unknown', 'A project with a service account, domain-wide delegation and a key; the Gmail, Calendar and People APIs on, and their scopes granted in Google Admin.', 'M11'),
      () => item('routing', 'Routing subdomains', 'unknown', 'A subdomain pointing at Microsoft 365 and one pointing at Google, so mail reaches people on either side during the move.', 'M11'),
      (a) =>
        a.directorySync === 'in-place' || a.directorySync === 'planned'
          ? item('mail-users', 'Mail users from directory sync', 'unknown', 'Directory sync alone does not make the mail users the migration needs: mail-enable the users on-premises (Exchange management tools) so sync brings them across as mail users, and expect to pause sync while the migration turns them into mailboxes.', 'M11')
          : null,
    ],
    licences: usersFirst('M11'),
    last: [],
    cuUpgradeSteps: false,
  },
};
