import { withOrigin } from '@/components/change-link';
import { ErrorSummary } from '@/components/error-summary';
import { inputId } from '@/components/ids';
import { adviceFor } from '@/components/live-advice';
import { QuestionField } from '@/components/question-field';
import { inSentence } from '@/components/words';
import {
  canonicalText,
  checkValues,
  firstParam,
  invalidPresentFields,
  QUESTION_FIELDS,
  readBack,
  valuesFromParams,
  valuesToQuery,
  type FieldErrors,
  type FormValues,
} from '@/lib/form-values';
import { QUESTIONS, type Question } from '@/lib/questions';
import { LiveLine, LivePanel } from './live-panel';
import { CHECK_PARAM, exportsHref, isShown, modeFromParams, onePageUrl, type OnePageMode } from './state';

/** Every question group, in page order; the type makes sure a new group gets a title (and so a place on the page). */
const GROUP_TITLES: Record<Question['group'], string> = {
  organisation: 'Your organisation and its mail',
  constraints: 'Budget, time and people',
  technical: 'Technical details (optional)',
  estate: 'Public folders, archives and what else moves (optional)',
  'sign-in': 'Sign-in (optional)',
};
export const GROUPS = (Object.keys(GROUP_TITLES) as Question['group'][]).map((id) => ({ id, title: GROUP_TITLES[id] }));

/** The query of a one-page address, as Next hands it over. */
export type OnePageParams = Record<string, string | string[] | undefined>;

/** What the form's own submit sends as `check=`, so the server reads the answers by the inputs' names. */
const FROM_FORM = 'form';

/**
 * What a one-page address asks for: the answers, the view's mode and what is wrong, or where to go instead.
 * - An address as shared (`mailboxes=250&…`) names only the answers that are present but wrong.
 * - "Check answers" sends the form itself (`mailboxCount=250&…&check=form`, the inputs' names): with every answer valid
 *   it goes on to check answers (`/check?…&from=one-page`); otherwise back to this page's own address, with `check=1`,
 *   which names every answer still needed as well.
 */
export function readOnePage(params: OnePageParams): { values: FormValues; mode: OnePageMode; errors: FieldErrors; redirect?: string } {
  const check = firstParam(params[CHECK_PARAM]);
  const submitted = check !== undefined;
  // The form's inputs are named by field ("mailboxCount"), the address by question ("mailboxes"); some are the same.
  const fromForm = check === FROM_FORM;
  const values = fromForm
    ? (Object.fromEntries(QUESTION_FIELDS.map((f) => [f, firstParam(params[f]) ?? ''])) as FormValues)
    : valuesFromParams(params);
  const modeParams = new URLSearchParams();
  for (const key of ['present', 'scenario-a']) {
    const v = firstParam(params[key]);
    if (v !== undefined) modeParams.set(key, v);
  }
  const mode = modeFromParams(modeParams);
  if (!submitted) return { values, mode, errors: invalidPresentFields(values) };
  const { errors } = checkValues(values);
  if (Object.keys(errors).length === 0) {
    const canonical = Object.fromEntries(QUESTION_FIELDS.map((f) => [f, canonicalText(f, values[f])])) as FormValues;
    return { values, mode, errors, redirect: `/check?${withOrigin(valuesToQuery(canonical), 'one-page')}` };
  }
  if (fromForm) {
    const url = onePageUrl(values, mode);
    return { values, mode, errors, redirect: `${url}${url.includes('?') ? '&' : '?'}${CHECK_PARAM}=1` };
  }
  return { values, mode, errors };
}

export const onePageTitle = (errors: FieldErrors) => `${Object.keys(errors).length ? 'Error: ' : ''}All questions on one page`;

const buttonClass = 'rounded border-2 border-slate-800 bg-white px-3 py-1.5 font-semibold hover:bg-slate-100';

/**
 * Every question asked for the chosen mail system on one screen, grouped, with the advice beside it: the meeting view,
 * with a present mode for a projector and a scenario A/B comparison. Rendered as plain HTML on the server
 * (pages/one-page.tsx); one small script (one-page.client.tsx) keeps the advice, the address and the view in step as
 * answers change. A question not asked for the mail system is hidden, its answer kept and sent.
 *
 * The mode is on the page's root as `data-present` and `data-scenario`, and the layout, the type size and which
 * scenario buttons show follow it in CSS, so the script toggles an attribute rather than knowing class names.
 */
export function OnePageView({ values, mode, errors, date }: { values: FormValues; mode: OnePageMode; errors: FieldErrors; date: string }) {
  const advice = adviceFor(values, date);
  const scenarioValues = mode.scenarioA === null ? null : valuesFromParams(new URLSearchParams(mode.scenarioA));
  const scenarioAdvice = scenarioValues && adviceFor(scenarioValues, date);
  const summary = QUESTIONS.filter((q) => errors[q.field]).map((q) => ({
    href: `#${inputId(q)}`,
    message: `${q.label}: ${inSentence(errors[q.field]!)}`,
  }));
  const scenario = mode.scenarioA !== null;
  return (
    <div
      id="one-page"
      data-present={mode.present || undefined}
      data-scenario={scenario || undefined}
      className="group/page grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem] data-present:lg:-mx-[min(8rem,calc(50vw-50%-1rem))] data-present:lg:grid-cols-[minmax(0,1fr)_minmax(0,1.35fr)] data-scenario:lg:-mx-[min(8rem,calc(50vw-50%-1rem))] data-scenario:lg:grid-cols-[minmax(0,1fr)_minmax(0,1.35fr)]"
    >
      <div className="min-w-0 space-y-6">
        <div>
          <h1 className="text-3xl font-bold">All questions on one page</h1>
          <p className="mt-2 max-w-2xl text-lg">
            For a scoping meeting: change any answer and the advice beside the questions follows at once.
          </p>
          <p className="mt-2">
            On Exchange?{' '}
            <a id="exports-link" href={exportsHref(values)} className="text-brand underline underline-offset-2">
              Fill answers from your Exchange exports
            </a>
          </p>
        </div>
        <div className="no-print flex flex-wrap items-center gap-3" aria-label="Meeting view" role="group">
          <button type="button" data-action="present" aria-pressed={mode.present} className={buttonClass}>
            Present mode
          </button>
          <button type="button" data-action="start-b" className={`${buttonClass} group-data-scenario/page:hidden`}>
            Compare with a scenario B
          </button>
          <button type="button" data-action="keep-b" className={`${buttonClass} hidden group-data-scenario/page:inline-block`}>
            Keep scenario B
          </button>
          <button type="button" data-action="back-to-a" className={`${buttonClass} hidden group-data-scenario/page:inline-block`}>
            Back to scenario A
          </button>
        </div>
        <form
          id="one-page-form"
          method="get"
          action="/one-page"
          noValidate
          className="space-y-8 group-data-present/page:text-xl"
          aria-label="Migration questions"
        >
          <ErrorSummary errors={summary} />
          {/* No box of its own: the line inside stays sticky within the form. */}
          <div id="live-line" className="contents">
            <LiveLine advice={advice} scenarioA={scenarioAdvice} />
          </div>
          <p className="hidden border-l-8 border-slate-400 bg-slate-50 p-3 group-data-scenario/page:block">
            Scenario A is kept as it was. Change any answers here to build scenario B.
          </p>
          {GROUPS.map((g) => {
            const questions = QUESTIONS.filter((q) => q.group === g.id);
            const shown = (q: Question) => isShown(q, values.source, Boolean(errors[q.field]));
            return (
              <fieldset key={g.id} data-group={g.id} hidden={!questions.some(shown)} className="space-y-6">
                <legend className="w-full border-t-2 border-slate-300 pt-4 text-2xl font-bold">{g.title}</legend>
                {questions.map((q) => (
                  <div key={q.field} data-question={q.field} data-error={errors[q.field] ? '' : undefined} hidden={!shown(q)}>
                    <QuestionField
                      question={q}
                      binding={{ values }}
                      error={errors[q.field]}
                      readBack={readBack(q.field, values[q.field])}
                    />
                  </div>
                ))}
              </fieldset>
            );
          })}
          <input type="hidden" name={CHECK_PARAM} value={FROM_FORM} />
          <input type="hidden" name="present" value="1" disabled={!mode.present} />
          <input type="hidden" name="scenario-a" value={mode.scenarioA ?? ''} disabled={!scenario} />
          <button type="submit" className="button-primary">
            Check answers and see the full advice
          </button>
        </form>
      </div>
      {/* On a desk the panel stays in view and scrolls on its own when taller than the window (focusable, so the keyboard can scroll it). */}
      <aside
        aria-labelledby="live-advice-title"
        tabIndex={0}
        className="lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-auto"
      >
        <div id="live-panel">
          <LivePanel
            advice={advice}
            scenario={scenarioValues && scenarioAdvice ? { values: scenarioValues, advice: scenarioAdvice } : null}
            values={values}
            present={mode.present}
          />
        </div>
      </aside>
    </div>
  );
}
