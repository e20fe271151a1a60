import type { Question } from '@/lib/questions';

/** The id of a question's input (for radios, of its first option): error-summary links point here. */
export const inputId = (q: Question) => (q.kind === 'count' || q.kind === 'amount' ? `f-${q.slug}` : `f-${q.slug}-0`);
export const hintId = (q: Question) => `f-${q.slug}-hint`;
export const errorId = (q: Question) => `f-${q.slug}-error`;
/** The id of the line under a number that shows how it was read, part of the field's description. */
export const readBackId = (q: Question) => `${inputId(q)}-read`;
/** "Read as 9,216 GB": how a number typed with a unit or a shorthand was read, shown under its field. */
export const readBackLine = (readBack: string) => `Read as ${readBack}`;
