import type { Question } from '@/lib/questions';

/** The id of a question's input (for radios, of its first option): error-summary links point here. */
export const inputId = (q: Question) => (q.kind === 'count' || q.kind === 'amount' ? `f-${q.slug}` : `f-${q.slug}-0`);
export const hintId = (q: Question) => `f-${q.slug}-hint`;
export const errorId = (q: Question) => `f-${q.slug}-error`;
