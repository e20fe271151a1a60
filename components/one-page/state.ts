import { valuesFromParams, valuesToQuery, type FormValues } from '@/lib/form-values';
import { isAsked, type Question } from '@/lib/questions';

/** The marker the form sends when "Check answers" is pressed: the server checks every answer, not only those present. */
export const CHECK_PARAM = 'check';

/** The link to the exports page, carrying the answers (kept in step by the page's script as they change). */
export const exportsHref = (values: FormValues) => {
  const query = valuesToQuery(values);
  return `/exports${query ? `?${query}` : ''}`;
};

/** Whether a question shows: asked for the chosen mail system, or wrong (so its message is never hidden). */
export const isShown = (q: Question, source: string, error: boolean) => isAsked(q, source || undefined) || error;

/** How the one-page view is shown, kept in its address beside the answers so a reload or a shared link keeps it. */
export interface OnePageMode {
  /** Large type for a projector (`present=1`). */
  present: boolean;
  /** Scenario A's answers as a query, while scenario B is being built from them (`scenario-a=`); null otherwise. */
  scenarioA: string | null;
}

/** Longest scenario A kept from an address (every answer at its longest fits well within it). */
const MAX_SCENARIO_LENGTH = 2000;

/**
 * Reads the view's mode from its query.
 * @example modeFromParams(new URLSearchParams('present=1')) // { present: true, scenarioA: null }
 */
export function modeFromParams(params: URLSearchParams): OnePageMode {
  const a = params.get('scenario-a');
  // Scenario A is read as answers and written back, so whatever else the parameter held is dropped.
  const scenarioA = a === null ? null : valuesToQuery(valuesFromParams(new URLSearchParams(a.slice(0, MAX_SCENARIO_LENGTH))));
  return { present: params.get('present') === '1', scenarioA };
}

/**
 * The one-page address for these answers in this mode.
 * @example onePageUrl({ ...emptyValues(), mailboxCount: '250' }, { present: true, scenarioA: null }) // '/one-page?mailboxes=250&present=1'
 */
export function onePageUrl(values: Partial<FormValues>, mode: OnePageMode): string {
  const params = new URLSearchParams(valuesToQuery(values));
  if (mode.present) params.set('present', '1');
  if (mode.scenarioA !== null) params.set('scenario-a', mode.scenarioA);
  const query = params.toString();
  return `/one-page${query ? `?${query}` : ''}`;
}

/*
 * The answers as they were when the page was last hidden (reload, Back, a closed laptop lid), kept for this tab: the
 * address follows the form a moment after typing pauses, so an edit made just before a reload would otherwise be lost.
 */
const DRAFT_KEY = 'advisor:one-page-draft';
/** The address this document was opened at (a reload may ask for it again if the address had not yet followed the form). */
const OPENED = typeof window === 'undefined' ? '' : window.location.pathname + window.location.search;

/** The addresses this document has shown when its draft was saved, latest last. */
const SHOWN: string[] = [];

/**
 * Keeps the form's latest state for this document (called on every change and when the page is hidden), with the
 * addresses a reload of it may ask for: the one it was opened at and the one it shows now (the address may already
 * have followed an earlier edit, or a button, when the next edit is made).
 */
export function saveDraft(url: string) {
  const shown = window.location.pathname + window.location.search;
  // The last few are kept: leaving the page saves twice (pagehide, then hidden), the address moving in between.
  if (SHOWN.at(-1) !== shown) SHOWN.splice(0, SHOWN.length, ...[...SHOWN, shown].slice(-3));
  try {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ at: [OPENED, ...SHOWN], url }));
  } catch {
    // storage refused (private mode, quota): the address alone carries the answers
  }
}

/**
 * The address the form had reached when this page was last shown, on a reload or Back/Forward to it (asked for by the
 * page's opening address, the one it showed at the last edit, or the one it had followed the form to); null when the page was opened by a link (a link always starts
 * from its own answers).
 */
export function readDraft(): string | null {
  try {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav?.type !== 'reload' && nav?.type !== 'back_forward') return null;
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return null;
    const { at, url } = stored as { at?: unknown; url?: unknown };
    const here = window.location.pathname + window.location.search;
    const known = here === url || (Array.isArray(at) && at.includes(here));
    return known && typeof url === 'string' && url.startsWith('/one-page') ? url : null;
  } catch {
    return null;
  }
}
