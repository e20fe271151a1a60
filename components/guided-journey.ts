import { valuesFromParams, valuesToQuery, type FormValues } from '@/lib/form-values';
import { isAsked, QUESTIONS, type Question } from '@/lib/questions';

/**
 * The questions the guided journey asks for this mail system (all of them while it is not chosen).
 * @example askedQuestions('google-workspace').some((q) => q.slug === 'latest-cu') // false
 */
export const askedQuestions = (source: string | undefined): Question[] => QUESTIONS.filter((q) => isAsked(q, source));

/** The asked questions just before and just after this one, for the Back link and Continue. */
export function neighbours(q: Question, source: string | undefined): { previous?: Question; next?: Question } {
  const at = QUESTIONS.indexOf(q);
  const asked = askedQuestions(source);
  return { previous: asked.filter((x) => QUESTIONS.indexOf(x) < at).at(-1), next: asked.find((x) => QUESTIONS.indexOf(x) > at) };
}

/**
 * A page of the journey for these answers, marked `from=check` when the journey came from check answers (so it goes
 * back there), with any `extra` parameters.
 * @example journeyHref('/questions/budget', { ...emptyValues(), mailboxCount: '250' }, true) // '/questions/budget?mailboxes=250&from=check'
 */
export function journeyHref(path: string, values: Partial<FormValues>, fromCheck: boolean, extra: string[] = []): string {
  const query = [valuesToQuery(values), fromCheck ? 'from=check' : '', ...extra].filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
}

/**
 * Where Continue goes once a question is answered: the next question asked for the mail system, or check answers (at
 * the end, or always for a journey that came from there).
 */
export function continueHref(q: Question, answered: FormValues, fromCheck: boolean): string {
  const { next } = neighbours(q, answered.source);
  return journeyHref(fromCheck || !next ? '/check' : `/questions/${next.slug}`, answered, fromCheck);
}

/*
 * The latest answers of the journey being walked, kept for this tab in sessionStorage. Every history entry holds the
 * answers as they were when it was written; when the browser's Back, Forward or reload returns to an entry, its older
 * query is topped up with the latest answers, so an answer given later is never dropped. The URL stays the truth for
 * sharing: a page reached by a link starts from its own query alone.
 */
const LATEST_KEY = 'advisor:guided-answers';
/** Marks a history entry the journey has shown before (kept by the browser across Back, Forward and reload). */
const SEEN_KEY = 'advisorGuidedSeen';

export function readLatest(): FormValues | null {
  try {
    const stored = window.sessionStorage.getItem(LATEST_KEY);
    return stored === null ? null : valuesFromParams(new URLSearchParams(stored));
  } catch {
    return null; // storage refused (private mode, quota): the URL alone carries the answers
  }
}

export function writeLatest(values: FormValues) {
  try {
    window.sessionStorage.setItem(LATEST_KEY, valuesToQuery(values));
  } catch {
    // as above: nothing more to do
  }
}

/** Whether this history entry was shown before (Back, Forward or reload), rather than reached by a link. */
export function isReturningEntry(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[SEEN_KEY] === true;
}

/** Writes this entry's address (and marks it as shown) without a new history entry. */
export function replaceEntry(url: string) {
  window.history.replaceState({ ...(window.history.state as object | null), [SEEN_KEY]: true }, '', url);
}

/** The entry's own answers, each one given later (non-blank in the latest answers) taking precedence. */
export function withLatest(own: FormValues, latest: FormValues | null): FormValues {
  if (!latest) return own;
  const merged = { ...own };
  for (const q of QUESTIONS) if (latest[q.field] !== '') merged[q.field] = latest[q.field];
  return merged;
}
