import type { Question } from '@/lib/questions';
import { inputId } from './ids';

/**
 * Where a "Change" link on the results goes. A consultant who came from the one-page form (`from=one-page` in the
 * address) goes back to it, at the question; anyone else to that question in the guided journey, which returns to
 * "Check your answers".
 * @example changeAnswerHref(questionFor('timelineWeeks'), 'mailboxes=40&weeks=4', 'one-page') // '/one-page?mailboxes=40&weeks=4#f-weeks'
 */
export function changeAnswerHref(question: Question, query: string, from?: string): string {
  return from === 'one-page' ? `/one-page?${query}#${inputId(question)}` : `/questions/${question.slug}?${query ? `${query}&` : ''}from=check`;
}

/** The one-page form with these answers filled in. */
export const onePageHref = (query: string) => `/one-page?${query}`;

/** Where a page that offers the results sends a consultant from one-page: the results, remembering the way back. */
export const resultsHref = (query: string, from?: string) => `/results?${query}${from === 'one-page' ? `${query ? '&' : ''}from=one-page` : ''}`;
