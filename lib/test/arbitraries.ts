import fc from 'fast-check';
import { BUDGETS, DIRECTORY_SYNC, SOURCES, type Answers } from '../answers';

/** Any valid answers, with optional answers present or absent. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    version: fc.constant(1 as const),
    mailboxCount: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 6000 }), fc.integer({ min: 1, max: 1_000_000 })),
    source: fc.constantFrom(...SOURCES),
    budget: fc.constantFrom(...BUDGETS),
    timelineWeeks: fc.integer({ min: 1, max: 520 }),
    totalDataGb: fc.oneof(fc.double({ min: 0, max: 20_000, noNaN: true }), fc.double({ min: 0, max: 10_000_000, noNaN: true })),
    keepOnPremises: fc.boolean(),
    directorySync: fc.constantFrom(...DIRECTORY_SYNC),
    needCoexistence: fc.boolean(),
    moveCalendarContacts: fc.boolean(),
    largestMailboxGb: fc.double({ min: 0, max: 500, noNaN: true }),
    largestItemMb: fc.double({ min: 0, max: 400, noNaN: true }),
    dedicatedAdmin: fc.boolean(),
    onLatestCu: fc.boolean(),
    signInPolicies: fc.boolean(),
    existingAdfs: fc.boolean(),
    thirdPartyMfa: fc.boolean(),
    clientIpRestriction: fc.boolean(),
  },
  { requiredKeys: ['version', 'mailboxCount', 'source', 'budget', 'timelineWeeks', 'totalDataGb'] },
);

/** A middle-of-the-road organisation the rule tests vary one answer at a time. */
export const baseAnswers: Answers = {
  version: 1,
  mailboxCount: 300,
  source: 'exchange-2016',
  budget: 'medium',
  timelineWeeks: 26,
  totalDataGb: 500,
};
