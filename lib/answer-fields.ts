import * as z from 'zod/mini';
import { ARCHIVES, BUDGETS, DIRECTORY_SYNC, SOURCES, type Source } from './answer-values';
import { LIMITS } from './facts/limits';
import { SOURCE_SYSTEMS } from './facts/source-systems';
import { formatCount } from './format';

export type QuestionKind = 'count' | 'amount' | 'choice' | 'yes-no';
export type QuestionGroup = 'organisation' | 'constraints' | 'technical' | 'estate' | 'sign-in';

export interface Option {
  value: string;
  label: string;
  hint?: string;
  /** A shorter label for summaries and reports, where the question's wording is not beside it. */
  short?: string;
}

/** How to find the answer out: a few sentences and, where it helps, a command to run. */
export interface Help {
  text: string[];
  command?: string;
}

/**
 * How "what would change" may vary an answer the organisation can change (a lever, never a fact about the estate):
 * marks to try and the current value scaled, only in the direction that helps; or the values a yes/no answer may move
 * to. An answer without alternatives is one the organisation cannot change.
 */
export interface Alternatives {
  marks?: readonly number[];
  scale?: boolean;
  /** Numbers, and choices in option order, move only this way: 'up' (a longer timeline, more budget) or 'down'. */
  direction?: 'up' | 'down';
  /** The values a yes/no answer may move to. */
  to?: readonly boolean[];
}

/** One answer: its URL name, bounds, words, messages, what is assumed when it is not known, and how it may change. */
export interface AnswerRow {
  /** URL parameter and step address, e.g. /questions/mailboxes?mailboxes=250 */
  slug: string;
  kind: QuestionKind;
  required: boolean;
  title: string;
  /** Short name for check answers, summaries and reports. */
  label: string;
  hint: string;
  group: QuestionGroup;
  unit?: string;
  /** How a value reads in a summary: [one, many], e.g. ['week', 'weeks']. */
  valueUnit?: readonly [string, string];
  min?: number;
  max?: number;
  /** The value must be above `min`, not equal to it. */
  above?: boolean;
  options?: readonly Option[];
  help?: Help;
  /** What to say when the answer is missing, is not a number, or is out of range. */
  messages: { empty: string; invalid: string; range: string };
  /** What the contract requires, as the CLI and file import say it after `field: `. */
  rule: string;
  /** What the advice assumed when an optional answer is left out. */
  assumed?: string;
  alternatives?: Alternatives;
  /** Upper ends the test arbitraries sample densely before the whole range. */
  sample?: readonly number[];
  /** Only asked (and only assumed about) when the mail is on Exchange: the organisation's own, or any Exchange. */
  onlyFor?: 'own-exchange' | 'exchange';
}

const say = (rule: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? `is required: it ${rule}` : rule) });
const rangeWords = (spec: { min: number; max: number; above?: boolean }) =>
  spec.above ? `above ${formatCount(spec.min)} and up to ${formatCount(spec.max)}` : `from ${formatCount(spec.min)} to ${formatCount(spec.max)}`;
const UNKNOWN_SUFFIX = ' (or left out if not known)';

type Draft<S> = Omit<AnswerRow, 'required' | 'rule'> & { rule: string; make: (rule: string) => S };
type NumberSpec = Omit<AnswerRow, 'kind' | 'required' | 'rule' | 'messages' | 'min' | 'max'> & {
  min: number;
  max: number;
  example: number;
  /** What is counted, for the contract's message: "a whole number of weeks". */
  of?: string;
  messages: (range: string) => AnswerRow['messages'];
};
type ChoiceSpec = Omit<AnswerRow, 'kind' | 'required' | 'rule' | 'options'>;

function count(spec: NumberSpec): Draft<z.ZodMiniInt> {
  const { example, of, messages, above: _above, ...row } = spec;
  const range = rangeWords(spec);
  const rule = `must be a whole number${of ? ` of ${of}` : ''} ${range}, like ${example}`;
  return { ...row, kind: 'count', messages: messages(range), rule, make: (r) => z.int(say(r)).check(z.minimum(spec.min, say(r)), z.maximum(spec.max, say(r))) };
}

function amount(spec: NumberSpec): Draft<z.ZodMiniNumber<number>> {
  const { example, of, messages, ...row } = spec;
  const above = spec.above;
  const range = rangeWords(spec);
  const rule = `must be a number${of ? ` of ${of}` : ''} ${range}, like ${example}`;
  const bottom = (r: string) => (above ? z.gt(spec.min, say(r)) : z.minimum(spec.min, say(r)));
  return { ...row, kind: 'amount', messages: messages(range), rule, make: (r) => z.number(say(r)).check(bottom(r), z.maximum(spec.max, say(r))) };
}

function choice<const V extends readonly [string, ...string[]]>(values: V, labels: Record<V[number], Omit<Option, 'value'>>, spec: ChoiceSpec): Draft<z.ZodMiniEnum<{ [K in V[number]]: K }>> {
  const options = values.map((value: V[number]) => ({ value, ...labels[value] }));
  return { ...spec, kind: 'choice', options, rule: `must be one of ${values.join(', ')}`, make: (r) => z.enum(values, say(r)) };
}

function yesNo(spec: Omit<ChoiceSpec, 'messages'> & { whether: string }): Draft<z.ZodMiniBoolean<boolean>> {
  const { whether, ...row } = spec;
  const message = `Select whether ${whether}, or “I don’t know”`;
  return { ...row, kind: 'yes-no', messages: { empty: message, invalid: message, range: message }, rule: 'must be true or false', make: (r) => z.boolean(say(r)) };
}

/** A required answer: refused when missing. */
function required<S>({ make, ...row }: Draft<S>) {
  return { ...row, required: true as const, schema: make(row.rule) };
}

/** An optional answer: absent means "not known", and the advice says what it assumed. */
function optional<S extends z.ZodMiniType>({ make, ...row }: Draft<S>) {
  const rule = row.rule + UNKNOWN_SUFFIX;
  return { ...row, rule, required: false as const, schema: z.optional(make(rule)) };
}

const SOURCE_HINTS: Partial<Record<Source, string>> = {
  'hosted-exchange': 'Exchange run by a hosting provider on shared servers',
  'google-workspace': 'Google’s business mail on your own domain. For free Gmail accounts choose “Another IMAP mail system”.',
  'imap-other': 'For example Dovecot, Zimbra, a hosting control panel, free Gmail accounts or any server reached over IMAP',
};
const SOURCE_OPTIONS = Object.fromEntries(SOURCES.map((s) => [s, { label: SOURCE_SYSTEMS[s].label, hint: SOURCE_HINTS[s] }])) as Record<Source, Omit<Option, 'value'>>;

const { imapLargestItemMb: IMAP_ITEM, mrsLargestItemMb: MRS_ITEM, standardQuotaGb: STANDARD_QUOTA, e3QuotaGb: E3_QUOTA, mailboxMoveCeilingGb: CEILING } = LIMITS;

/**
 * Every answer, once, in the order the guided journey asks them (the five the advice needs first).
 * The zod schema, the URL codec, check answers, the assumptions list and the test arbitraries derive from these rows.
 */
export const ANSWER_ROWS = {
  mailboxCount: required(
    count({
      slug: 'mailboxes', group: 'organisation', unit: 'mailboxes', min: 1, max: 1_000_000, example: 250, sample: [300, 6000],
      title: 'How many mailboxes will move?', label: 'Mailboxes',
      hint: 'Count user, shared and resource mailboxes. A close estimate is fine, like 250.',
      help: { text: ['On Exchange, the Exchange Management Shell counts them:'], command: '(Get-Mailbox -ResultSize Unlimited).Count' },
      messages: (range) => ({ empty: 'Enter the number of mailboxes', invalid: 'Enter the number of mailboxes as a whole number, like 250', range: `Enter a number of mailboxes ${range}` }),
    }),
  ),
  source: required(
    choice(SOURCES, SOURCE_OPTIONS, {
      slug: 'source', group: 'organisation',
      title: 'Where is your mail now?', label: 'Current mail system',
      hint: 'For Exchange on your own servers, pick the oldest version still holding mailboxes.',
      help: { text: ['In the Exchange Management Shell, this lists each server with its version and build; the build also tells you the cumulative update (CU).'], command: 'Get-ExchangeServer | Format-List Name,AdminDisplayVersion' },
      messages: { empty: 'Select where your mail is now', invalid: 'Select where your mail is now from the list', range: 'Select where your mail is now from the list' },
    }),
  ),
  budget: required(
    choice(
      BUDGETS,
      {
        low: { label: 'Low', hint: 'Your own staff and the licences only' },
        medium: { label: 'Medium', hint: 'Some paid tools or a few days of outside help' },
        high: { label: 'High', hint: 'Consultants, certificates and extra servers are affordable' },
      },
      {
        slug: 'budget', group: 'constraints',
        title: 'What budget is there for the move?', label: 'Budget',
        hint: 'Beyond the Microsoft 365 licences themselves.',
        messages: { empty: 'Select a budget', invalid: 'Select a budget from the list', range: 'Select a budget from the list' },
        alternatives: { direction: 'up' },
      },
    ),
  ),
  timelineWeeks: required(
    count({
      slug: 'weeks', group: 'constraints', unit: 'weeks', valueUnit: ['week', 'weeks'], of: 'weeks', min: 1, max: 520, example: 12,
      title: 'How many weeks until the move must be finished?', label: 'Timeline',
      hint: 'From now until the last mailbox is in Microsoft 365, like 12.',
      messages: (range) => ({ empty: 'Enter the number of weeks until the move must be finished', invalid: 'Enter the number of weeks as a whole number, like 12', range: `Enter a number of weeks ${range}` }),
      alternatives: { marks: [1, 2, 3, 4, 6, 8, 12, 16, 26, 52, 104], scale: true, direction: 'up' },
    }),
  ),
  totalDataGb: required(
    amount({
      slug: 'data-gb', group: 'organisation', unit: 'GB', valueUnit: ['GB', 'GB'], of: 'gigabytes', min: 0, max: 10_000_000, example: 300, sample: [20_000],
      title: 'How much mail data is there in total, in gigabytes?', label: 'Total mailbox data',
      hint: 'All mailboxes together, like 300. A rough figure is enough.',
      help: { text: ['On Exchange, add up every mailbox’s size (the figure is in bytes; divide by 1,073,741,824 for GB):'], command: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | ForEach-Object { $_.TotalItemSize.Value.ToBytes() } | Measure-Object -Sum' },
      messages: (range) => ({ empty: 'Enter the total size of all mailboxes in GB', invalid: 'Enter the total size as a number of gigabytes, like 300', range: `Enter a total size ${range} GB` }),
    }),
  ),
  keepOnPremises: optional(
    yesNo({
      slug: 'keep-accounts', group: 'technical', whether: 'accounts must stay managed on-premises',
      title: 'Must user accounts stay managed in your on-premises Active Directory afterwards?', label: 'Keep accounts managed on-premises',
      hint: 'For example because other systems rely on the same accounts and passwords.',
      assumed: 'Whether accounts must stay managed on-premises is not known: no rule about it was applied.',
      alternatives: { to: [false] },
    }),
  ),
  directorySync: optional(
    choice(
      DIRECTORY_SYNC,
      {
        none: { label: 'No', hint: 'Accounts in Microsoft 365, if any, are created by hand', short: 'None' },
        planned: { label: 'Not yet, but it is planned', short: 'Planned' },
        'in-place': { label: 'Yes, it is running', hint: 'Microsoft Entra Connect (or Azure AD Connect) syncs users today', short: 'In place' },
      },
      {
        slug: 'dir-sync', group: 'technical',
        title: 'Do you sync your directory to Microsoft 365 today?', label: 'Directory sync',
        hint: 'Directory sync copies on-premises users to Microsoft 365.',
        messages: { empty: 'Select whether directory sync runs today, or “I don’t know”', invalid: 'Select an answer from the list, or “I don’t know”', range: 'Select an answer from the list, or “I don’t know”' },
        assumed: 'Whether directory sync runs today is not known: setup estimates assume it still has to be installed where a method needs it.',
        alternatives: { direction: 'up' },
      },
    ),
  ),
  needCoexistence: optional(
    yesNo({
      slug: 'coexistence', group: 'technical', whether: 'people need shared calendars during the move',
      title: 'Do people need to see each other’s calendars while the move is under way?', label: 'Coexistence during the move',
      hint: 'Shared free/busy and one address book between moved and waiting users.',
      assumed: 'Whether people need shared free/busy during the move is not known: coexistence was not weighed.',
      alternatives: { to: [false] },
    }),
  ),
  moveCalendarContacts: optional(
    yesNo({
      slug: 'calendars', group: 'technical', whether: 'calendars and contacts must move',
      title: 'Must calendars, contacts and tasks move too?', label: 'Calendars and contacts must move',
      hint: 'Some methods move email only.',
      assumed: 'Whether calendars and contacts must move is not known: methods that leave them behind were not marked down.',
      alternatives: { to: [false] },
    }),
  ),
  largestMailboxGb: optional(
    amount({
      slug: 'largest-mailbox-gb', group: 'technical', unit: 'GB', valueUnit: ['GB', 'GB'], of: 'gigabytes', min: 0, max: 10_000, example: 20, sample: [500],
      title: 'How big is the largest mailbox, in gigabytes?', label: 'Largest mailbox',
      hint: `Like 20. Mailboxes over ${STANDARD_QUOTA.value} GB may need a bigger licence or an archive.`,
      help: { text: ['This lists the five largest mailboxes:'], command: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 5 DisplayName,TotalItemSize' },
      messages: (range) => ({ empty: 'Enter the size of the largest mailbox in GB, or choose “I don’t know”', invalid: 'Enter the largest mailbox as a number of gigabytes, like 20', range: `Enter a size ${range} GB` }),
      assumed: 'The largest mailbox is not known: quotas and the pace of one big mailbox were not checked.',
      alternatives: { marks: [STANDARD_QUOTA.value, E3_QUOTA.value, CEILING.value], direction: 'down' },
    }),
  ),
  largestItemMb: optional(
    amount({
      slug: 'largest-item-mb', group: 'technical', unit: 'MB', valueUnit: ['MB', 'MB'], of: 'megabytes', min: 0, max: 10_000, example: 40, sample: [400],
      title: 'How big is the largest single item, in megabytes?', label: 'Largest item',
      hint: `An email with its attachments, like 40. IMAP moves items up to ${IMAP_ITEM.value} MB; the others up to ${MRS_ITEM.value} MB.`,
      help: { text: ['Per mailbox, this shows the largest item in each folder:'], command: 'Get-MailboxFolderStatistics -Identity user@example.com -IncludeAnalysis | Sort-Object TopSubjectSize -Descending | Select-Object -First 1 Name,TopSubjectSize' },
      messages: (range) => ({ empty: 'Enter the size of the largest item in MB, or choose “I don’t know”', invalid: 'Enter the largest item as a number of megabytes, like 40', range: `Enter a size ${range} MB` }),
      assumed: `The largest item is not known: item size limits (${IMAP_ITEM.value} MB IMAP, ${MRS_ITEM.value} MB others) were not checked.`,
      alternatives: { marks: [IMAP_ITEM.value, MRS_ITEM.value], direction: 'down' },
    }),
  ),
  dedicatedAdmin: optional(
    yesNo({
      slug: 'admin-time', group: 'constraints', whether: 'an admin can work on the move most days',
      title: 'Can an admin work on the move most days?', label: 'An admin works on the move most days',
      hint: 'Batches over weeks need someone to follow them through.',
      assumed: 'How much admin time there is is not known: admin effort was not weighed.',
      alternatives: { to: [true] },
    }),
  ),
  onLatestCu: optional(
    yesNo({
      slug: 'latest-cu', group: 'technical', whether: 'the servers are on a current CU', onlyFor: 'own-exchange',
      title: 'Are your Exchange servers on the current or previous cumulative update (CU)?', label: 'Servers on the current or previous CU',
      hint: 'Microsoft supports only the latest two CUs; hybrid needs one of them. Answer “I don’t know” if your mail is not on your own Exchange.',
      help: { text: ['Compare each server’s build (AdminDisplayVersion) with Microsoft’s list of Exchange build numbers:'], command: 'Get-ExchangeServer | Format-List Name,AdminDisplayVersion' },
      assumed: 'Whether the servers are on a current build is not known: no method was marked down for it, but check it before you start.',
      alternatives: { to: [true] },
    }),
  ),
  publicFoldersGb: optional(
    amount({
      slug: 'public-folders-gb', group: 'estate', unit: 'GB', valueUnit: ['GB', 'GB'], of: 'gigabytes', min: 0, max: 1_000_000, example: 0, sample: [500], onlyFor: 'exchange',
      title: 'How much public folder data is there, in gigabytes?', label: 'Public folders',
      hint: 'Enter 0 if there are no public folders. Hybrid has Microsoft’s own path for them and many migration tools copy them; cutover, staged and IMAP leave them behind.',
      help: { text: ['In the Exchange Management Shell, this adds up public folder sizes (in bytes):'], command: 'Get-PublicFolderStatistics -ResultSize Unlimited | ForEach-Object { $_.TotalItemSize.ToBytes() } | Measure-Object -Sum' },
      messages: (range) => ({ empty: 'Enter the public folder data in GB (0 if none), or choose “I don’t know”', invalid: 'Enter the public folder data as a number of gigabytes, like 0 or 40', range: `Enter a size ${range} GB` }),
      assumed: 'Whether there are public folders is not known: assumed none, so no method was marked down for leaving them behind.',
      alternatives: { marks: [0], direction: 'down' },
    }),
  ),
  sharedMailboxes: optional(
    count({
      slug: 'shared-mailboxes', group: 'estate', unit: 'mailboxes', min: 0, max: 1_000_000, example: 12, sample: [200],
      title: 'How many shared, room and equipment mailboxes are there?', label: 'Shared and resource mailboxes',
      hint: 'They need no licence of their own but must move with the people who use them.',
      help: { text: ['In the Exchange Management Shell:'], command: '(Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails SharedMailbox,RoomMailbox,EquipmentMailbox).Count' },
      messages: (range) => ({ empty: 'Enter the number of shared and resource mailboxes (0 if none), or choose “I don’t know”', invalid: 'Enter the number of shared and resource mailboxes as a whole number, like 12', range: `Enter a number ${range}` }),
      assumed: 'How many shared and resource mailboxes there are is not known: the steps say how to move them, without counting them.',
    }),
  ),
  archives: optional(
    choice(
      ARCHIVES,
      {
        none: { label: 'No archives', short: 'None' },
        'on-premises-archives': { label: 'Archive mailboxes on the Exchange servers', short: 'On-premises archive mailboxes' },
        'pst-files': { label: 'PST files on computers or file shares', short: 'PST files' },
        both: { label: 'Both archive mailboxes and PST files', short: 'Archive mailboxes and PST files' },
      },
      {
        slug: 'archives', group: 'estate',
        title: 'Where is older mail archived today?', label: 'Archives',
        help: { text: ['This counts the archive mailboxes on your Exchange servers. PST files sit on computers and file shares instead: ask people, or search the shares for files ending .pst.'], command: '(Get-Mailbox -ResultSize Unlimited -Archive).Count' },
        hint: 'Hybrid moves archive mailboxes with their owners; the other methods fill only the main mailbox, and PST files need Microsoft’s PST import.',
        messages: { empty: 'Select where older mail is archived, or “I don’t know”', invalid: 'Select an answer from the list, or “I don’t know”', range: 'Select an answer from the list, or “I don’t know”' },
        assumed: 'Where older mail is archived is not known: archive mailboxes and PST files were not planned for.',
      },
    ),
  ),
  delegatesAcrossTeams: optional(
    yesNo({
      slug: 'delegates', group: 'estate', whether: 'people act for each other’s mailboxes',
      title: 'Do people act for each other’s mailboxes (delegates, Send As, Full Access)?', label: 'People act for each other',
      help: { text: ['On Exchange, this lists who has Full Access to someone else’s mailbox. “Open your exports” has a command that adds Send As and Send on Behalf.'], command: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxPermission | Where-Object { -not $_.IsInherited -and "$($_.User)" -notmatch "^(NT AUTHORITY|S-1-5-)" } | Select-Object Identity,User,AccessRights' },
      hint: 'For example assistants who manage a manager’s calendar, or teams that send from a shared mailbox.',
      assumed: 'Whether people act for each other’s mailboxes is not known: the steps keep such groups together anyway.',
    }),
  ),
  smtpRelayDevices: optional(
    yesNo({
      slug: 'relay-devices', group: 'estate', whether: 'devices or applications send mail through the current server',
      title: 'Do printers, scanners or applications send mail through the current mail server?', label: 'Devices and apps relay mail',
      help: { text: ['On Exchange, this lists the receive connectors that take mail without a sign-in and the addresses they take it from: those are usually printers, scanners and applications. Ask the teams who run them too.'], command: 'Get-ReceiveConnector | Where-Object { "$($_.PermissionGroups)" -match "AnonymousUsers" } | Format-List Name,RemoteIPRanges' },
      hint: 'Multifunction printers, line-of-business applications, monitoring alerts.',
      assumed: 'Whether devices or applications send mail through the current server is not known: check before the old server goes.',
    }),
  ),
  uploadMbps: optional(
    amount({
      slug: 'upload-mbps', group: 'estate', unit: 'Mbit/s', valueUnit: ['Mbit/s', 'Mbit/s'], of: 'megabits per second', min: 0, above: true, max: 100_000, example: 200, sample: [1000], onlyFor: 'own-exchange',
      help: { text: ['Run a speed test from one of the mail servers (or ask the network team for the link’s upload), and take what the move may use without slowing daily work.'] },
      title: 'How much internet upload can the move use, in megabits per second?', label: 'Upload for the move',
      hint: 'Only matters when mail leaves your own servers. Like 200. A speed test from a server shows it.',
      messages: (range) => ({ empty: 'Enter the upload speed in Mbit/s, or choose “I don’t know”', invalid: 'Enter the upload speed as a number of megabits per second, like 200', range: `Enter a speed ${range} Mbit/s` }),
      assumed: 'The upload speed is not known: copying was not limited by your internet link.',
      alternatives: { scale: true, direction: 'up' },
    }),
  ),
  signInPolicies: optional(
    yesNo({
      slug: 'sign-in-rules', group: 'sign-in', whether: 'on-premises sign-in rules must apply',
      title: 'Must on-premises rules apply the moment people sign in?', label: 'On-premises sign-in rules must apply',
      hint: 'Disabled or locked accounts, permitted sign-in hours, password expiry. Only matters if accounts keep syncing from Active Directory.',
      assumed: 'Whether on-premises sign-in rules must apply is not known: sign-in advice assumes they need not.',
    }),
  ),
  existingAdfs: optional(
    yesNo({
      slug: 'adfs', group: 'sign-in', whether: 'an AD FS farm runs today',
      title: 'Do you already run an AD FS (federation) farm?', label: 'An AD FS farm runs today',
      hint: 'Active Directory Federation Services, often used for single sign-on to other cloud applications.',
      assumed: 'Whether an AD FS farm runs today is not known: sign-in advice assumes none.',
    }),
  ),
  thirdPartyMfa: optional(
    yesNo({
      slug: 'third-party-mfa', group: 'sign-in', whether: 'third-party MFA or smart cards are used',
      title: 'Do people sign in with a third-party MFA product or smart cards?', label: 'Third-party MFA or smart cards',
      hint: 'Multi-factor authentication from a vendor other than Microsoft, or certificate-based smart cards.',
      assumed: 'Whether third-party MFA or smart cards are used is not known: sign-in advice assumes not.',
    }),
  ),
  clientIpRestriction: optional(
    yesNo({
      slug: 'ip-limits', group: 'sign-in', whether: 'sign-in must be limited by client IP',
      title: 'Must sign-in be limited by where people connect from (their IP address)?', label: 'Sign-in limited by client IP',
      hint: 'For example, staff who may read mail only from the office network.',
      assumed: 'Whether sign-in must be limited by client IP is not known: sign-in advice assumes not.',
    }),
  ),
};

export type QuestionField = keyof typeof ANSWER_ROWS;
