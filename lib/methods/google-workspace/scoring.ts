import { LIMITS } from '../../facts/limits';
import { createUsersPart, SERVICE_BATCHES, scaledSetup, switchOver } from '../shared';
import { googleWorkspaceLimits, googleWorkspaceRules } from './rules';
import type { MethodScoring } from '../types';

/** Microsoft's Google Workspace migration: mail, calendars and contacts through Google's APIs. */
export const googleWorkspaceScoring: MethodScoring = {
  id: 'google-workspace',
  label: 'Google Workspace migration',
  short: 'Google Workspace migration',
  withArticle: 'Microsoft’s Google Workspace migration',
  base: 'Every method starts at 50; the reasons below move the Google Workspace migration up or down.',
  limits: googleWorkspaceLimits,
  rules: googleWorkspaceRules,
  largestItem: LIMITS.googleLargestItemMb,
  keepsDirectorySync: false,
  duration: {
    ...SERVICE_BATCHES,
    profiles: 'after',
    setup: (a) => [scaledSetup(a, 'Google Cloud project, service account, API scopes and routing subdomains', [2, 4], [3, 7]), ...createUsersPart(a)],
    finish: () => switchOver('Switch-over after the last batch is completed (MX change)'),
  },
};
