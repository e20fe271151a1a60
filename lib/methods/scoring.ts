import type { Method } from '../advice';
import { cutoverScoring } from './cutover/scoring';
import { googleWorkspaceScoring } from './google-workspace/scoring';
import { hybridScoring } from './hybrid/scoring';
import { imapScoring } from './imap/scoring';
import { stagedScoring } from './staged/scoring';
import { thirdPartyScoring } from './third-party/scoring';
import type { MethodScoring } from './types';

/**
 * What ranking needs of every method, in the order ties are broken: names, limits, rules and duration models, without
 * the catalogue and readiness texts (the full REGISTRY in ./index adds those). The live advice in the browser reads only this.
 */
export const SCORING = {
  cutover: cutoverScoring,
  staged: stagedScoring,
  hybrid: hybridScoring,
  imap: imapScoring,
  'google-workspace': googleWorkspaceScoring,
  'third-party': thirdPartyScoring,
} as const satisfies Record<Method, MethodScoring>;

/** The methods in registry order. */
export const METHOD_IDS = Object.keys(SCORING) as Method[];
