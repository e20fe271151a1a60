import type { Budget } from '../answers';
import type { Method } from '../advice';
import type { Limit } from '../facts/fact';
import { plural } from '../format';
import type { SourceId } from '../sources';
import type { Rule } from './types';

const TIMELINE_EFFECT = { fits: 10, tight: -5, 'does-not-fit': -25 } as const;

/** `<method>.timeline`: rewards a method whose estimated duration fits the timeline, penalises one that does not. */
export function timelineRule(method: Method, source: SourceId): Rule {
  return {
    id: `${method}.timeline`,
    purpose: 'Compare the estimated duration with the time the person has.',
    fact: 'Throughput and concurrency planning figures (facts §3).',
    source,
    fire: ({ estimate: e, answers }) => {
      const range = `${e.lowDays}–${e.highDays} days`;
      const weeks = plural(answers.timelineWeeks, 'week');
      const text =
        e.fit === 'fits' ? `The estimate of ${range} fits within your ${weeks}.`
        : e.fit === 'tight' ? `The estimate of ${range} makes your ${weeks} tight: it fits only if things go well.`
        : `The estimate of ${range} is longer than your ${weeks}.`;
      return { effect: TIMELINE_EFFECT[e.fit], text };
    },
  };
}

/** `<method>.budget`: how well the method's usual cost suits the budget. */
export function budgetRule(method: Method, label: string, effects: Record<Budget, number>, why: string): Rule {
  return {
    id: `${method}.budget`,
    purpose: 'Weigh the method’s usual cost against the budget.',
    fact: why,
    source: 'M1',
    fire: ({ answers }) => {
      const effect = effects[answers.budget];
      return effect === 0 ? null : { effect, text: `${label} with a ${answers.budget} budget: ${why}` };
    },
  };
}

/** `<method>.largest-item`: items above the method's size limit are left behind. */
export function largestItemRule(method: Method, limit: Limit, effect: number): Rule {
  return {
    id: `${method}.largest-item`,
    purpose: 'Warn when items are larger than the method can move.',
    fact: `The largest item this method moves is ${limit.value} MB.`,
    source: limit.source,
    fire: ({ answers }) =>
      answers.largestItemMb !== undefined && answers.largestItemMb > limit.value
        ? { effect, text: `Your largest item (${answers.largestItemMb} MB) is over the ${limit.value} MB this method can move: such items stay behind unless you move them another way.` }
        : null,
  };
}

/** `<method>.calendar-contacts`: the method brings calendars and contacts along. */
export function calendarRule(method: Method): Rule {
  return {
    id: `${method}.calendar-contacts`,
    purpose: 'Credit methods that move calendars, contacts and tasks when those matter.',
    fact: 'Exchange-based moves carry calendars, contacts and tasks with the mailbox.',
    source: 'M1',
    fire: ({ answers }) =>
      answers.moveCalendarContacts === true ? { effect: 5, text: 'Calendars, contacts and tasks move with each mailbox.' } : null,
  };
}
