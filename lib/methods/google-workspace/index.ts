import { LIMITS } from '../../facts/limits';
import { SERVICE_RATE_PER_MOVE } from '../../facts/planning';
import { createUsersPart, item, switchOver, usersFirst } from '../shared';
import type { MethodDefinition } from '../types';
import { googleWorkspaceCatalogue } from './catalogue';
import { googleWorkspaceLimits, googleWorkspaceRules } from './rules';

/** Microsoft's Google Workspace migration: mail, calendars and contacts through Google's APIs. */
export const googleWorkspace: MethodDefinition = {
  id: 'google-workspace',
  label: 'Google Workspace migration',
  short: 'Google Workspace migration',
  withArticle: 'Microsoft’s Google Workspace migration',
  base: 'Every method starts at 50; the reasons below move the Google Workspace migration up or down.',
  catalogue: googleWorkspaceCatalogue,
  limits: googleWorkspaceLimits,
  rules: googleWorkspaceRules,
  largestItem: LIMITS.googleLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    ratePerMove: SERVICE_RATE_PER_MOVE,
    maxConcurrency: LIMITS.serviceConcurrencyCap.value,
    mailboxPace: 'rate',
    profiles: 'after',
    setup: (a) => [{ what: 'Google Cloud project, service account, API scopes and routing subdomains', low: 3, high: 7 }, ...createUsersPart(a)],
    finish: () => switchOver(),
  },
  readiness: {
    prerequisites: [
      () => item('google-project', 'Google Cloud project and service account', 'unknown', 'A project with a service account, domain-wide delegation and a key; the Gmail, Calendar and Contacts APIs on, and their scopes granted in Google Admin.', 'M11'),
      () => item('routing', 'Routing subdomains', 'unknown', 'A subdomain pointing at Microsoft 365 and one pointing at Google, so mail reaches people on either side during the move.', 'M11'),
    ],
    licences: usersFirst('M11'),
    last: [],
    cuUpgradeSteps: false,
  },
};
