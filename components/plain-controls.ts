/**
 * What the plain pages' scripts share (the results page and the one-page form are plain HTML from the server; see
 * pages/results.tsx and pages/one-page.tsx). Text is written through textContent only, never as markup.
 */
import { COPY_WORDS } from './copy-words';

/** A "Copy the command" button of a help text: copies its `data-copy` and says so in the status beside it. */
export async function copyCommand(button: HTMLButtonElement) {
  const status = button.parentElement?.querySelector('[role="status"]');
  try {
    await navigator.clipboard.writeText(button.dataset.copy ?? '');
    if (status) status.textContent = COPY_WORDS.copied;
  } catch {
    if (status) status.textContent = COPY_WORDS.failed;
  }
}

/** The help texts' copy buttons, wherever they are on the page. */
export function wireCopyButtons() {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy]') : null;
    if (button) void copyCommand(button);
  });
}
