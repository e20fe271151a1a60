/** The class of the export bar's buttons and links: GOV.UK's secondary button, small. */
const button = 'inline-block rounded border-2 border-brand bg-white px-3 py-1.5 font-semibold text-brand hover:bg-slate-100 cursor-pointer';

/**
 * Taking the advice away, in one row: share link and print, then (folded) the Markdown report and the answers file.
 * Plain markup: what the buttons do is in results-page.client.ts, found by the `data-action` and ids below.
 */
export function ExportBar({ query }: { query: string }) {
  return (
    <section aria-labelledby="take-away-title" className="no-print export-bar">
      <h2 id="take-away-title" className="sr-only">
        Take the advice away
      </h2>
      {/* The problems of an answers file that could not be opened are listed here (results-page.client.ts). */}
      <div id="open-problems" />
      <div className="flex flex-wrap items-start gap-2">
        <button type="button" className={button} data-action="copy-link">
          Copy share link
        </button>
        <button type="button" className={button} data-action="print">
          Print handout
        </button>
        <details className="more-exports" id="more-exports">
          <summary className={button}>More ways to save</summary>
          <div className="mt-2 flex flex-wrap gap-2">
            <a href={`/report?${query}`} download="migration-advice.md" className={button}>
              Download Markdown report (.md)
            </a>
            <a href={`/answers-file?${query}`} download="migration-answers.json" className={button}>
              Download answers (.json)
            </a>
            <label htmlFor="open-answers" className={`${button} focus-ring-within`}>
              Open answers file
              <input id="open-answers" type="file" accept=".json,application/json" className="sr-only" />
            </label>
          </div>
        </details>
      </div>
      <div id="share-link-box" className="mt-3" hidden>
        <label htmlFor="share-link" className="font-semibold">
          Share link
        </label>
        <input id="share-link" readOnly className="mt-1 block w-full rounded border-2 border-slate-800 px-2 py-1" />
      </div>
      {/* Nothing takes room until there is something to say, so no blank band sits under the buttons. */}
      <p role="status" id="export-status" className="sr-only" />
    </section>
  );
}
