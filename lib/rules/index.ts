import { cutoverRules } from './cutover';
import { hybridRules } from './hybrid';
import { imapRules } from './imap';
import { stagedRules } from './staged';
import type { RuleSet } from './types';

/** Every rule, grouped by the method it scores. */
export const RULES: RuleSet = {
  cutover: cutoverRules,
  staged: stagedRules,
  hybrid: hybridRules,
  imap: imapRules,
};

export type { Firing, Rule, RuleContext, RuleSet } from './types';
