import type { AnswerField, Answers } from './answers';
import { SOURCE_FACTS } from './facts';
import { formatCount as number } from './format-number';

/** Short names of the answers, for summaries, reports and "what would change". */
export const FIELD_LABELS = {
  version: 'Answers format',
  mailboxCount: 'Mailboxes',
  source: 'Current mail system',
  budget: 'Budget',
  timelineWeeks: 'Timeline',
  totalDataGb: 'Total mailbox data',
  keepOnPremises: 'Keep accounts managed on-premises',
  directorySync: 'Directory sync',
  needCoexistence: 'Coexistence during the move',
  moveCalendarContacts: 'Calendars and contacts must move',
  largestMailboxGb: 'Largest mailbox',
  largestItemMb: 'Largest item',
  dedicatedAdmin: 'An admin works on the move most days',
  onLatestCu: 'Servers on the current or previous CU',
  signInPolicies: 'On-premises sign-in rules must apply',
  existingAdfs: 'An AD FS farm runs today',
  thirdPartyMfa: 'Third-party MFA or smart cards',
  clientIpRestriction: 'Sign-in limited by client IP',
} as const satisfies Record<AnswerField, string>;

const BUDGET_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const SYNC_LABELS = { none: 'None', planned: 'Planned', 'in-place': 'In place' } as const;

/**
 * A person-readable value of one answer; absent optional answers read "Not known".
 * @example describeValue('timelineWeeks', 6) // '6 weeks'
 */
export function describeValue<F extends AnswerField>(field: F, value: Answers[F] | undefined): string {
  if (value === undefined) return 'Not known';
  switch (field) {
    case 'source':
      return SOURCE_FACTS[value as Answers['source']].label;
    case 'timelineWeeks':
      return `${number(value as number)} week${value === 1 ? '' : 's'}`;
    case 'totalDataGb':
    case 'largestMailboxGb':
      return `${number(value as number)} GB`;
    case 'largestItemMb':
      return `${number(value as number)} MB`;
    case 'directorySync':
      return SYNC_LABELS[value as keyof typeof SYNC_LABELS];
    case 'budget':
      return BUDGET_LABELS[value as keyof typeof BUDGET_LABELS];
    default:
      return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : number(value as number);
  }
}
