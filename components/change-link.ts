import { firstParam } from '@/lib/form-values';
import { questionFor, type QuestionField } from '@/lib/questions';
import { inputId } from './ids';

/** Where a person came from, carried in the address as `from=`: the one-page meeting view, or check answers. */
export type Origin = 'one-page' | 'check';

/**
 * Reads the `from=` marker of a page's query: 'one-page' or 'check', anything else nothing.
 * @example originOf({ from: 'one-page' }) // 'one-page'
 */
export function originOf(params: Record<string, string | string[] | undefined> | URLSearchParams): Origin | undefined {
  const raw = params instanceof URLSearchParams ? params.get('from') : params.from;
  const from = firstParam(raw ?? undefined);
  return from === 'one-page' || from === 'check' ? from : undefined;
}

/**
 * The address of a "Change" link for one answer: back to that question on the one-page form for someone who came from
 * it (the meeting view), otherwise to its guided page, which returns to check answers.
 * @example changeHref('budget', 'mailboxes=250', 'one-page') // '/one-page?mailboxes=250#f-budget-0'
 * @example changeHref('budget', 'mailboxes=250') // '/questions/budget?mailboxes=250&from=check'
 */
export function changeHref(field: QuestionField, query: string, from?: Origin): string {
  const q = questionFor(field);
  if (from === 'one-page') return `/one-page${query ? `?${query}` : ''}#${inputId(q)}`;
  return `/questions/${q.slug}?${query}${query ? '&' : ''}from=check`;
}

/**
 * Back to where the answers are edited: the one-page form for someone who came from it, else the first question.
 * @example editHref('mailboxes=250', 'one-page') // '/one-page?mailboxes=250'
 */
export function editHref(query: string, from?: Origin): string {
  return from === 'one-page' ? `/one-page${query ? `?${query}` : ''}` : `/check${query ? `?${query}` : ''}`;
}

/**
 * A query with the origin marker added (so check answers and results keep offering the way back).
 * @example withOrigin('mailboxes=250', 'one-page') // 'mailboxes=250&from=one-page'
 */
export const withOrigin = (query: string, from?: Origin): string =>
  from === 'one-page' ? [query, 'from=one-page'].filter(Boolean).join('&') : query;
