import type { Budget } from '../answers';
import type { Method } from '../advice';
import type { Limit } from '../facts/fact';
import { LIMITS } from '../facts/limits';
import { formatCount, plural } from '../format';
import type { SourceId } from '../sources';
import { ramp } from './ramp';
import type { Rule } from './types';

/**
 * `<method>.timeline`: rewards a method whose estimated duration fits the timeline, penalises one that does not.
 * The effect follows the timeline's share of the estimate's upper end (a ramp from −25 at 40% to +10 at 100%), so
 * a day more or less never swings it far.
 */
export function timelineRule(method: Method): Rule {
  return {
    id: `${method}.timeline`,
    purpose: 'Compare the estimated duration with the time the person has.',
    fact: 'Microsoft’s migration durations by tenant and mailbox size, adjusted for data, concurrency and upload (facts §3, §9).',
    source: 'M8',
    fire: ({ estimate: e, answers }) => {
      const range = `${e.lowDays}–${e.highDays} days`;
      const weeks = plural(answers.timelineWeeks, 'week');
      const text =
        e.fit === 'fits' ? `The estimate of ${range} fits within your ${weeks}.`
        : e.fit === 'tight' ? `The estimate of ${range} makes your ${weeks} tight: it fits only if things go well.`
        : `The estimate of ${range} is longer than your ${weeks}.`;
      return { effect: ramp(e.timelineDays / e.highDays, [[0.4, -25], [1, 10]]), text };
    },
  };
}

/** `<method>.budget`: how well the method's usual cost suits the budget, in words that match the sign of each effect. */
export function budgetRule(method: Method, cost: string, effects: Partial<Record<Budget, readonly [number, string]>>, source: SourceId = 'M1'): Rule {
  return {
    id: `${method}.budget`,
    purpose: 'Weigh the method’s usual cost against the budget.',
    fact: cost,
    source,
    fire: ({ answers }) => {
      const level = effects[answers.budget];
      return level === undefined ? null : { effect: level[0], text: level[1] };
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
    fire: ({ answers: { largestItemMb: mb } }) =>
      mb !== undefined && mb > limit.value
        ? { effect, text: `Your largest item (${formatCount(mb)} MB) is over the ${limit.value} MB this method can move: such items stay behind unless you move them another way.` }
        : null,
  };
}

/** `<method>.calendar-contacts`: the method brings calendars and contacts along. */
export function calendarRule(method: Method, effect = 5, text = 'Calendars, contacts and tasks move with each mailbox.', source: SourceId = 'M1'): Rule {
  return {
    id: `${method}.calendar-contacts`,
    purpose: 'Credit methods that move calendars, contacts and tasks when those matter.',
    fact: 'Exchange-based moves and Microsoft’s Google Workspace migration carry calendars and contacts with the mailbox.',
    source,
    fire: ({ answers }) => (answers.moveCalendarContacts === true ? { effect, text } : null),
  };
}

/** `<method>.mailbox-size`: methods that fill only the primary mailbox cannot take one larger than the largest primary quota. */
export function primaryOnlyRule(method: Method): Rule {
  const e3 = LIMITS.e3QuotaGb;
  return {
    id: `${method}.mailbox-size`,
    purpose: 'A mailbox over the largest primary quota needs its archive split off before this method can move it.',
    fact: `This method fills only the primary mailbox, which holds at most ${e3.value} GB; hybrid moves primary and archive together.`,
    source: e3.source,
    fire: ({ answers: { largestMailboxGb: gb } }) =>
      gb !== undefined && gb > e3.value
        ? { effect: -10, text: `Your largest mailbox (${formatCount(gb)} GB) is over the ${e3.value} GB a primary mailbox can hold, and this method fills only the primary: split older mail into an archive (or PST files for the PST import) first.` }
        : null,
  };
}

/** `<method>.public-folders`: cutover, staged and IMAP leave public folders behind. */
export function publicFoldersLeftRule(method: Method): Rule {
  return {
    id: `${method}.public-folders`,
    purpose: 'Public folders need their own path when the method leaves them behind.',
    fact: 'Cutover, staged and IMAP migrations do not move public folders; Microsoft’s public folder migration is a separate batch from Exchange 2013 or later.',
    source: 'M20',
    fire: ({ answers: { publicFoldersGb: gb }, family }) =>
      family !== 'imap' && gb !== undefined && gb > 0
        ? { effect: -10, text: `This method leaves your ${formatCount(gb)} GB of public folders behind: they need another path (a tool, or shared mailboxes you fill by hand).` }
        : null,
  };
}

/** `<method>.create-users`: every mailbox must exist in Microsoft 365 before its mail moves, unless sync already makes the users. */
export function createUsersRule(method: Method, source: SourceId): Rule {
  return {
    id: `${method}.create-users`,
    purpose: 'Every user must exist in Microsoft 365 before their mail can move.',
    fact: 'The users are created and licensed first (directory sync creates them when it runs).',
    source,
    fire: ({ answers }) => {
      if (answers.directorySync === 'in-place') return null;
      const effect = ramp(answers.mailboxCount, [[200, 0], [1000, -5]]);
      return effect === 0 ? null : { effect, text: `All ${formatCount(answers.mailboxCount)} users must be created and licensed in Microsoft 365 before their mail can move.` };
    },
  };
}

/** `<method>.archives`: methods that fill only the primary mailbox leave on-premises archive mailboxes to the PST import. */
export function archivesToPstRule(method: Method, moving: string): Rule {
  return {
    id: `${method}.archives`,
    purpose: 'Methods that fill only the primary mailbox leave archive mailboxes behind.',
    fact: 'Cutover, staged and IMAP fill only the primary mailbox; archives go through the PST import (facts §9).',
    source: 'M12',
    fire: ({ answers }) =>
      answers.archives === 'on-premises-archives' || answers.archives === 'both'
        ? { effect: -5, text: `Your on-premises archive mailboxes do not move with ${moving}: export them to PST and bring them in with the PST import.` }
        : null,
  };
}

/**
 * Exchange 2003 cannot offer TLS 1.2, which the migration service needs (facts §9): a method copying straight from
 * it usually fails to connect. `failing` says how, in the method's words, ending with what still works.
 * @example tlsRule('cutover', 'a cutover from it usually fails to connect: it works')
 */
export function tlsRule(method: Method, failing: string): Rule {
  return {
    id: `${method}.tls`,
    purpose: 'The migration service reaches the source only over TLS 1.2.',
    fact: 'Microsoft 365 requires TLS 1.2, which Exchange 2003 on Windows Server 2003 cannot offer (facts §9).',
    source: 'M21',
    fire: ({ system }) =>
      system.tls12 === 'no'
        ? { effect: -40, text: `${system.short} cannot offer TLS 1.2, which Microsoft 365 requires, so ${failing} only through a newer server in between (weeks more), and a migration tool or a PST export is usually the better way.` }
        : null,
  };
}
