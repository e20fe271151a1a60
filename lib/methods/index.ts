import type { Method } from '../advice';
import { cutover } from './cutover';
import { googleWorkspace } from './google-workspace';
import { hybrid } from './hybrid';
import { imap } from './imap';
import { staged } from './staged';
import { thirdParty } from './third-party';
import type { MethodDefinition } from './types';

/**
 * Every method the engine knows, in full, in the order ties are broken (the same as SCORING's). Plans, readiness,
 * sign-in, the CLI, the reports and the UI read this. A new method is one folder and one line here and in ./scoring;
 * the type checker (`satisfies Record<Method, …>`) points at anything else that must know it.
 */
export const REGISTRY = { cutover, staged, hybrid, imap, 'google-workspace': googleWorkspace, 'third-party': thirdParty } as const satisfies Record<Method, MethodDefinition>;

/** The methods in registry order. */
export const METHOD_DEFINITIONS: readonly MethodDefinition[] = Object.values(REGISTRY);
export { METHOD_IDS, SCORING } from './scoring';

export type { Catalogue, LimitLine, MethodDefinition, MethodScoring, StepTemplate } from './types';
