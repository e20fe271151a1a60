/**
 * What the results page's buttons do. The page is plain HTML rendered on the server (pages/results.tsx), with no
 * framework in the browser: this script, built to /results-page.js by scripts/build-client.mjs, is all it loads.
 * It finds its controls by the ids and `data-` attributes the page's components render, writes text only through
 * textContent (never markup), and sends nothing anywhere but the answers file a person chooses to open, to this site.
 */
import { wireCopyButtons } from '@/components/plain-controls';
import { ANSWERS_FILE_MAX_BYTES, ANSWERS_FILE_TOO_LARGE, type AnswersFileReply } from '@/lib/answers-file-limit';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** Says something in the export bar's status line (a screen reader announces it); empty takes no room. */
function say(text: string) {
  const status = byId('export-status');
  if (!status) return;
  status.textContent = text;
  status.className = text ? 'mt-2' : 'sr-only';
}

/** The page title, with "Error: " in front while a problem is listed (as on every other page). */
function markTitle(error: boolean) {
  const base = document.title.replace(/^Error: /, '');
  document.title = error ? `Error: ${base}` : base;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The GOV.UK error summary for an answers file that was not opened: focused, each problem a link to the file picker. */
export function showProblems(fileName: string, problems: string[]) {
  const box = byId('open-problems');
  if (!box) return;
  box.replaceChildren();
  markTitle(problems.length > 0);
  if (problems.length === 0) return;
  const summary = element('div', 'mb-6 border-4 border-red-700 p-4 focus:outline-none focus-visible:outline-3');
  summary.tabIndex = -1;
  summary.setAttribute('role', 'alert');
  summary.setAttribute('aria-labelledby', 'error-summary-title');
  const title = element('h2', 'text-xl font-bold', 'There is a problem');
  title.id = 'error-summary-title';
  const list = element('ul', 'mt-2 list-none space-y-1');
  for (const problem of problems) {
    const link = element('a', 'font-semibold text-red-700 underline underline-offset-2', problem);
    link.href = '#open-answers';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      byId('open-answers')?.focus();
    });
    const item = element('li', '');
    item.append(link);
    list.append(item);
  }
  summary.append(title, element('p', 'mt-1', `${fileName} was not opened; your current answers are kept.`), list);
  box.append(summary);
  // The file picker the links lead to sits in the folded "More ways to save".
  const more = byId<HTMLDetailsElement>('more-exports');
  if (more) more.open = true;
  say('');
  summary.focus();
}

/** Sends a chosen answers file to this site to be read; opens its advice, or lists what is wrong with it. */
async function openFile(file: File) {
  if (file.size > ANSWERS_FILE_MAX_BYTES) return showProblems(file.name, [ANSWERS_FILE_TOO_LARGE]);
  let reply: AnswersFileReply;
  try {
    const response = await fetch('/answers-file', { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
    reply = (await response.json()) as AnswersFileReply;
  } catch {
    return showProblems(file.name, ['The file could not be read just now: check the connection to this site, then open it again']);
  }
  if ('problems' in reply) return showProblems(file.name, reply.problems);
  showProblems(file.name, []);
  say(`Opened ${file.name}.`);
  // A full page load: this page has no client-side router to hand the address to.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/results?${reply.query}`);
}

async function copyShareLink() {
  try {
    await navigator.clipboard.writeText(window.location.href);
    say('Share link copied. Anyone who opens it sees these answers and this advice.');
  } catch {
    const box = byId('share-link-box');
    const input = byId<HTMLInputElement>('share-link');
    if (box && input) {
      input.value = window.location.href;
      box.hidden = false;
      input.select();
    }
    say('Copy the share link from the box below.');
  }
}

/** Wires the page's controls. Safe to call once the document is parsed (the script is deferred). */
export function start() {
  for (const link of document.querySelectorAll<HTMLElement>('[data-share-link]')) link.textContent = window.location.href;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    if (target?.dataset.action === 'copy-link') void copyShareLink();
    else if (target?.dataset.action === 'print') window.print();
  });
  wireCopyButtons();
  const picker = byId<HTMLInputElement>('open-answers');
  picker?.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void openFile(file);
  });
}
