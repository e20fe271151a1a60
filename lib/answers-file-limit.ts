/**
 * Largest answers file read, by the web import and the command line: a real one is well under 1 kB. In a module of its
 * own so the results page's small script (components/results/results-page.client.ts) can check it without the schema.
 */
export const ANSWERS_FILE_MAX_BYTES = 100_000;

/** The one problem of a file past that size. */
export const ANSWERS_FILE_TOO_LARGE = 'The file is too large to be an answers file: choose the JSON file saved with “Download answers”';

/**
 * What POST /answers-file answers (app/answers-file/route.ts) and the results page's script acts on: the answers as
 * the query to open, or the problems in the questions' words.
 */
export type AnswersFileReply = { query: string } | { problems: string[] };
