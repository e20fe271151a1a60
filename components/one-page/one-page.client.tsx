/**
 * What makes the one-page form live. The page is plain HTML from the server (pages/one-page.tsx, OnePageView): every
 * question is there, filled in from the address. This script, built to /one-page.js by scripts/build-client.mjs, is
 * all the page loads. As answers change it
 * - re-ranks the methods here in the browser and renders the advice panel and the phone's one-line summary with React
 *   (the same components the server rendered them with), so nothing is sent anywhere;
 * - shows back how a number was read, and shows only the questions asked for the chosen mail system (the others keep
 *   their answers, and the form sends them);
 * - keeps the address (a moment after typing pauses) and this tab's draft (at once) in step with the form, so a reload
 *   or Back keeps every answer;
 * - runs present mode and scenario A/B, which live in the address too.
 * "Check answers" is the form's own submit: the server checks the answers and goes on, or shows what is wrong.
 */
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { adviceFor, type LiveAdviceData } from '@/components/live-advice';
import { readBackId, readBackLine } from '@/components/ids';
import { wireCopyButtons } from '@/components/plain-controls';
import { today } from '@/components/today';
import { emptyValues, QUESTION_FIELDS, readBack, valuesFromParams, valuesToQuery, type FormValues } from '@/lib/form-values';
import { questionFor, type QuestionField } from '@/lib/questions';
import { LiveLine, LivePanel, type KeptScenario } from './live-panel';
import { exportsHref, isShown, modeFromParams, onePageUrl, readDraft, saveDraft, type OnePageMode } from './state';

/** How long typing pauses before the address follows the form (the tab's draft follows at once). */
const URL_DELAY_MS = 250;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** The text of each answer as the form holds it ('' when nothing is typed or chosen). */
function readValues(form: HTMLFormElement): FormValues {
  const values = emptyValues();
  for (const field of QUESTION_FIELDS) {
    const item = form.elements.namedItem(field);
    if (item instanceof RadioNodeList) values[field] = item.value;
    else if (item instanceof HTMLInputElement) values[field] = item.type === 'radio' && !item.checked ? '' : item.value;
  }
  return values;
}

/** Puts answers into the form: a text typed, or the radio with that value chosen (none for an answer not offered). */
function writeValues(form: HTMLFormElement, values: FormValues) {
  for (const field of QUESTION_FIELDS) {
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${field}"]`)) {
      if (input.type === 'radio') input.checked = input.value === values[field];
      else input.value = values[field];
    }
  }
}

/** Moves focus to the field an error-summary link points at (a fragment link alone only scrolls). */
function wireErrorSummary() {
  const summary = byId('error-summary-title')?.parentElement;
  if (!summary) return;
  summary.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const target = link?.hash ? byId(link.hash.slice(1)) : null;
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });
  summary.focus();
}

/**
 * Keeps the phone's sticky summary line's height in --live-line-height, which the page's scroll padding uses, so a
 * field that gets focus is never hidden under the line, however many lines it takes.
 */
function keepLineHeight(container: HTMLElement) {
  const html = document.documentElement;
  const sizes = new ResizeObserver(([entry]) => {
    const height = entry?.target instanceof HTMLElement ? entry.target.offsetHeight : 0;
    html.style.setProperty('--live-line-height', `${height}px`);
  });
  const watch = () => {
    sizes.disconnect();
    if (container.firstElementChild) sizes.observe(container.firstElementChild);
  };
  // React puts its own line in place of the server's on its first render.
  new MutationObserver(watch).observe(container, { childList: true });
  watch();
}

export function start() {
  const root = byId('one-page');
  const form = byId<HTMLFormElement>('one-page-form');
  const panel = byId('live-panel');
  const line = byId('live-line');
  if (!root || !form || !panel || !line) return;
  const date = today();
  let mode: OnePageMode = modeFromParams(new URLSearchParams(window.location.search));
  let kept: { query: string; scenario: KeptScenario } | null = null;

  // A reload or Back right after an edit: bring back what the form held when the page was hidden.
  const draft = readDraft();
  if (draft && draft !== window.location.pathname + window.location.search) {
    const search = new URLSearchParams(draft.split('?')[1] ?? '');
    writeValues(form, valuesFromParams(search));
    mode = modeFromParams(search);
    window.history.replaceState(window.history.state, '', draft);
  }

  const panelRoot = createRoot(panel);
  const lineRoot = createRoot(line);
  const url = () => onePageUrl(readValues(form), mode);

  /** Scenario A's answers and advice, worked out once when it is kept. */
  function keptScenario(): KeptScenario | null {
    if (mode.scenarioA === null) return null;
    if (kept?.query !== mode.scenarioA) {
      const values = valuesFromParams(new URLSearchParams(mode.scenarioA));
      kept = { query: mode.scenarioA, scenario: { values, advice: adviceFor(values, date) } };
    }
    return kept.scenario;
  }

  /** Brings everything that follows the answers and the mode in step with them; returns the answers as they are. */
  function show(): FormValues {
    const values = readValues(form!);
    for (const el of form!.querySelectorAll<HTMLElement>('[data-question]')) {
      const q = questionFor(el.dataset.question as QuestionField);
      el.hidden = !isShown(q, values.source, el.dataset.error !== undefined);
      const read = byId(readBackId(q));
      if (read) {
        const text = readBack(q.field, values[q.field]);
        read.hidden = !text;
        read.textContent = text ? readBackLine(text) : '';
        const unit = el.querySelector<HTMLElement>(`[data-unit="${q.field}"]`);
        if (unit) unit.hidden = Boolean(text);
      }
    }
    for (const group of form!.querySelectorAll<HTMLFieldSetElement>('fieldset[data-group]')) {
      group.hidden = !group.querySelector('[data-question]:not([hidden])');
    }
    byId<HTMLAnchorElement>('exports-link')?.setAttribute('href', exportsHref(values));

    const scenario = keptScenario();
    root!.toggleAttribute('data-present', mode.present);
    root!.toggleAttribute('data-scenario', scenario !== null);
    root!.querySelector('button[data-action="present"]')?.setAttribute('aria-pressed', String(mode.present));
    const present = form!.elements.namedItem('present') as HTMLInputElement;
    const scenarioA = form!.elements.namedItem('scenario-a') as HTMLInputElement;
    present.disabled = !mode.present;
    scenarioA.disabled = scenario === null;
    scenarioA.value = mode.scenarioA ?? '';

    const advice: LiveAdviceData = adviceFor(values, date);
    // A transition: typing never waits for the panel.
    startTransition(() => {
      panelRoot.render(<LivePanel advice={advice} scenario={scenario} values={values} present={mode.present} />);
      lineRoot.render(<LiveLine advice={advice} scenarioA={scenario?.advice ?? null} />);
    });
    return values;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    const now = onePageUrl(show(), mode);
    saveDraft(now);
    clearTimeout(timer);
    timer = setTimeout(() => window.history.replaceState(window.history.state, '', now), URL_DELAY_MS);
  });
  const flush = () => {
    clearTimeout(timer);
    const now = url();
    saveDraft(now);
    window.history.replaceState(window.history.state, '', now);
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

  /** A change of mode is part of the address at once (no typing to wait for). */
  const setMode = (next: OnePageMode) => {
    mode = next;
    show();
    flush();
  };
  root.addEventListener('click', (event) => {
    const action =
      event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]')?.dataset.action : undefined;
    if (action === 'present') setMode({ ...mode, present: !mode.present });
    else if (action === 'start-b') setMode({ ...mode, scenarioA: valuesToQuery(readValues(form)) });
    else if (action === 'keep-b') setMode({ ...mode, scenarioA: null });
    else if (action === 'back-to-a') {
      const a = keptScenario();
      if (a) writeValues(form, a.values);
      setMode({ ...mode, scenarioA: null });
    }
    // The scenario buttons hide themselves: focus goes on to the one that takes their place, never to the page.
    if (action === 'start-b') root.querySelector<HTMLButtonElement>('button[data-action="keep-b"]')?.focus();
    else if (action === 'keep-b' || action === 'back-to-a') root.querySelector<HTMLButtonElement>('button[data-action="start-b"]')?.focus();
  });

  show();
  keepLineHeight(line);
  wireCopyButtons();
  wireErrorSummary();
  // Marks the form as interactive (tests wait for it before typing, as a person waits for the page).
  form.dataset.ready = 'true';
}
