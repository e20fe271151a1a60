import type { Method } from '../answers';
import { cutover } from './cutover';
import { hybrid } from './hybrid';
import { imap } from './imap';
import { staged } from './staged';
import type { MethodInfo } from './types';

/** The method catalogue: summary, fit, pros, cons, limits, prerequisites and steps of each method. */
export const CATALOGUE = { cutover, staged, hybrid, imap } as const satisfies Record<Method, MethodInfo>;

export type { Limit, MethodInfo, StepTemplate } from './types';
