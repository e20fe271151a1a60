import { BUDGETS, DIRECTORY_SYNC, SOURCES, type AnswerField, type Budget, type DirectorySync, type Source } from './answers';
import { SOURCE_FACTS } from './facts';

export type QuestionField = Exclude<AnswerField, 'version'>;
export type QuestionKind = 'count' | 'amount' | 'choice' | 'yes-no';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** How to find the answer out: a few sentences and, where it helps, a command to run. */
export interface Help {
  text: string[];
  command?: string;
}

/** One question: the words people see, separate from the rules that use the answer. */
export interface Question {
  field: QuestionField;
  /** URL parameter and step address, e.g. /questions/mailboxes?mailboxes=250 */
  slug: string;
  kind: QuestionKind;
  required: boolean;
  title: string;
  /** Short name for the check-answers list. */
  label: string;
  hint: string;
  unit?: string;
  group: 'organisation' | 'constraints' | 'technical' | 'sign-in';
  options?: Option[];
  help?: Help;
  /** What to say when the answer is missing, is not a number, or is out of range. */
  messages: { empty: string; invalid: string; range: string };
}

const SOURCE_HINTS: Partial<Record<Source, string>> = {
  'hosted-exchange': 'Exchange run by a hosting provider on shared servers',
  'google-workspace': 'Including free Gmail accounts',
  'imap-other': 'For example Dovecot, Zimbra, a hosting control panel or any server reached over IMAP',
};
const BUDGET_LABELS: Record<Budget, Option> = {
  low: { value: 'low', label: 'Low', hint: 'Your own staff and the licences only' },
  medium: { value: 'medium', label: 'Medium', hint: 'Some paid tools or a few days of outside help' },
  high: { value: 'high', label: 'High', hint: 'Consultants, certificates and extra servers are affordable' },
};
const SYNC_LABELS: Record<DirectorySync, Option> = {
  none: { value: 'none', label: 'No', hint: 'Accounts in Microsoft 365, if any, are created by hand' },
  planned: { value: 'planned', label: 'Not yet, but it is planned' },
  'in-place': { value: 'in-place', label: 'Yes, it is running', hint: 'Microsoft Entra Connect (or Azure AD Connect) syncs users today' },
};
const yesNo = (field: string) => ({
  empty: `Select whether ${field}, or “I don’t know”`,
  invalid: `Select whether ${field}, or “I don’t know”`,
  range: `Select whether ${field}, or “I don’t know”`,
});

/** Every question, in the order the guided journey asks them: the five the advice needs first. */
export const QUESTIONS: readonly Question[] = [
  {
    field: 'mailboxCount', slug: 'mailboxes', kind: 'count', required: true, group: 'organisation', unit: 'mailboxes',
    title: 'How many mailboxes will move?', label: 'Mailboxes',
    hint: 'Count user, shared and resource mailboxes. A close estimate is fine, like 250.',
    help: { text: ['On Exchange, the Exchange Management Shell counts them:'], command: '(Get-Mailbox -ResultSize Unlimited).Count' },
    messages: { empty: 'Enter the number of mailboxes', invalid: 'Enter the number of mailboxes as a whole number, like 250', range: 'Enter a number of mailboxes from 1 to 1,000,000' },
  },
  {
    field: 'source', slug: 'source', kind: 'choice', required: true, group: 'organisation',
    title: 'Where is your mail now?', label: 'Current mail system',
    hint: 'For Exchange on your own servers, pick the oldest version still holding mailboxes.',
    options: SOURCES.map((s) => ({ value: s, label: SOURCE_FACTS[s].label, hint: SOURCE_HINTS[s] })),
    help: { text: ['In the Exchange Management Shell, this lists each server with its version and build; the build also tells you the cumulative update (CU).'], command: 'Get-ExchangeServer | Format-List Name,AdminDisplayVersion' },
    messages: { empty: 'Select where your mail is now', invalid: 'Select where your mail is now from the list', range: 'Select where your mail is now from the list' },
  },
  {
    field: 'budget', slug: 'budget', kind: 'choice', required: true, group: 'constraints',
    title: 'What budget is there for the move?', label: 'Budget',
    hint: 'Beyond the Microsoft 365 licences themselves.',
    options: BUDGETS.map((b) => BUDGET_LABELS[b]),
    messages: { empty: 'Select a budget', invalid: 'Select a budget from the list', range: 'Select a budget from the list' },
  },
  {
    field: 'timelineWeeks', slug: 'weeks', kind: 'count', required: true, group: 'constraints', unit: 'weeks',
    title: 'How many weeks until the move must be finished?', label: 'Timeline',
    hint: 'From now until the last mailbox is in Microsoft 365, like 12.',
    messages: { empty: 'Enter the number of weeks until the move must be finished', invalid: 'Enter the number of weeks as a whole number, like 12', range: 'Enter a number of weeks from 1 to 520' },
  },
  {
    field: 'totalDataGb', slug: 'data-gb', kind: 'amount', required: true, group: 'organisation', unit: 'GB',
    title: 'How much mail data is there in total, in gigabytes?', label: 'Total mailbox data',
    hint: 'All mailboxes together, like 300. A rough figure is enough.',
    help: { text: ['On Exchange, add up every mailbox’s size (the figure is in bytes; divide by 1,073,741,824 for GB):'], command: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | ForEach-Object { $_.TotalItemSize.Value.ToBytes() } | Measure-Object -Sum' },
    messages: { empty: 'Enter the total size of all mailboxes in GB', invalid: 'Enter the total size as a number of gigabytes, like 300', range: 'Enter a total size from 0 to 10,000,000 GB' },
  },
  {
    field: 'keepOnPremises', slug: 'keep-accounts', kind: 'yes-no', required: false, group: 'technical',
    title: 'Must user accounts stay managed in your on-premises Active Directory afterwards?', label: 'Keep accounts managed on-premises',
    hint: 'For example because other systems rely on the same accounts and passwords.',
    messages: yesNo('accounts must stay managed on-premises'),
  },
  {
    field: 'directorySync', slug: 'dir-sync', kind: 'choice', required: false, group: 'technical',
    title: 'Do you sync your directory to Microsoft 365 today?', label: 'Directory sync',
    hint: 'Directory sync copies on-premises users to Microsoft 365.',
    options: DIRECTORY_SYNC.map((d) => SYNC_LABELS[d]),
    messages: { empty: 'Select whether directory sync runs today, or “I don’t know”', invalid: 'Select an answer from the list, or “I don’t know”', range: 'Select an answer from the list, or “I don’t know”' },
  },
  {
    field: 'needCoexistence', slug: 'coexistence', kind: 'yes-no', required: false, group: 'technical',
    title: 'Do people need to see each other’s calendars while the move is under way?', label: 'Coexistence during the move',
    hint: 'Shared free/busy and one address book between moved and waiting users.',
    messages: yesNo('people need shared calendars during the move'),
  },
  {
    field: 'moveCalendarContacts', slug: 'calendars', kind: 'yes-no', required: false, group: 'technical',
    title: 'Must calendars, contacts and tasks move too?', label: 'Calendars and contacts must move',
    hint: 'Some methods move email only.',
    messages: yesNo('calendars and contacts must move'),
  },
  {
    field: 'largestMailboxGb', slug: 'largest-mailbox-gb', kind: 'amount', required: false, group: 'technical', unit: 'GB',
    title: 'How big is the largest mailbox, in gigabytes?', label: 'Largest mailbox',
    hint: 'Like 20. Mailboxes over 50 GB may need a bigger licence or an archive.',
    help: { text: ['This lists the five largest mailboxes:'], command: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 5 DisplayName,TotalItemSize' },
    messages: { empty: 'Enter the size of the largest mailbox in GB, or choose “I don’t know”', invalid: 'Enter the largest mailbox as a number of gigabytes, like 20', range: 'Enter a size of 0 GB or more' },
  },
  {
    field: 'largestItemMb', slug: 'largest-item-mb', kind: 'amount', required: false, group: 'technical', unit: 'MB',
    title: 'How big is the largest single item, in megabytes?', label: 'Largest item',
    hint: 'An email with its attachments, like 40. IMAP moves items up to 35 MB; the others up to 150 MB.',
    help: { text: ['Per mailbox, this shows the largest item in each folder:'], command: 'Get-MailboxFolderStatistics -Identity user@example.com -IncludeAnalysis | Sort-Object TopSubjectSize -Descending | Select-Object -First 1 Name,TopSubjectSize' },
    messages: { empty: 'Enter the size of the largest item in MB, or choose “I don’t know”', invalid: 'Enter the largest item as a number of megabytes, like 40', range: 'Enter a size of 0 MB or more' },
  },
  {
    field: 'dedicatedAdmin', slug: 'admin-time', kind: 'yes-no', required: false, group: 'constraints',
    title: 'Can an admin work on the move most days?', label: 'An admin works on the move most days',
    hint: 'Batches over weeks need someone to follow them through.',
    messages: yesNo('an admin can work on the move most days'),
  },
  {
    field: 'onLatestCu', slug: 'latest-cu', kind: 'yes-no', required: false, group: 'technical',
    title: 'Are your Exchange servers on the current or previous cumulative update (CU)?', label: 'Servers on the current or previous CU',
    hint: 'Microsoft supports only the latest two CUs; hybrid needs one of them. Answer “I don’t know” if your mail is not on your own Exchange.',
    help: { text: ['Compare each server’s build (AdminDisplayVersion) with Microsoft’s list of Exchange build numbers:'], command: 'Get-ExchangeServer | Format-List Name,AdminDisplayVersion' },
    messages: yesNo('the servers are on a current CU'),
  },
  {
    field: 'signInPolicies', slug: 'sign-in-rules', kind: 'yes-no', required: false, group: 'sign-in',
    title: 'Must on-premises rules apply the moment people sign in?', label: 'On-premises sign-in rules must apply',
    hint: 'Disabled or locked accounts, permitted sign-in hours, password expiry. Only matters if accounts keep syncing from Active Directory.',
    messages: yesNo('on-premises sign-in rules must apply'),
  },
  {
    field: 'existingAdfs', slug: 'adfs', kind: 'yes-no', required: false, group: 'sign-in',
    title: 'Do you already run an AD FS (federation) farm?', label: 'An AD FS farm runs today',
    hint: 'Active Directory Federation Services, often used for single sign-on to other cloud applications.',
    messages: yesNo('an AD FS farm runs today'),
  },
  {
    field: 'thirdPartyMfa', slug: 'third-party-mfa', kind: 'yes-no', required: false, group: 'sign-in',
    title: 'Do people sign in with a third-party MFA product or smart cards?', label: 'Third-party MFA or smart cards',
    hint: 'Multi-factor authentication from a vendor other than Microsoft, or certificate-based smart cards.',
    messages: yesNo('third-party MFA or smart cards are used'),
  },
  {
    field: 'clientIpRestriction', slug: 'ip-limits', kind: 'yes-no', required: false, group: 'sign-in',
    title: 'Must sign-in be limited by where people connect from (their IP address)?', label: 'Sign-in limited by client IP',
    hint: 'For example, staff who may read mail only from the office network.',
    messages: yesNo('sign-in must be limited by client IP'),
  },
];

export const REQUIRED_QUESTIONS = QUESTIONS.filter((q) => q.required);
export const questionBySlug = (slug: string) => QUESTIONS.find((q) => q.slug === slug);
export const questionFor = (field: QuestionField) => QUESTIONS.find((q) => q.field === field)!;
export const YES_NO_OPTIONS: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
export const UNKNOWN = 'unknown';
export const UNKNOWN_LABEL = 'I don’t know';
