import { answersFromRequest, attachment } from '@/app/_server/download-response';
import { boundedBody, readAnswersFile } from '@/app/_server/answers-upload';
import { ANSWERS_FILE_MAX_BYTES, ANSWERS_FILE_TOO_LARGE, type AnswersFileReply } from '@/lib/answers-file-limit';

/** GET /answers-file?<answers>: the answers in the contract's JSON shape, as a download. */
export function GET(request: Request) {
  const result = answersFromRequest(request);
  if ('response' in result) return result.response;
  return attachment(`${JSON.stringify(result.answers, null, 2)}\n`, 'migration-answers.json', 'application/json');
}

/**
 * POST /answers-file with a saved answers file as the body: `{ "query": "mailboxes=…" }` to open, or
 * `{ "problems": ["Mailboxes: must be…"] }` in the questions' words. The results page's "Open answers file" sends it
 * here, so the page itself needs no parser in the browser. Nothing is kept. Both are answered 200: the file was read,
 * and what it holds is the answer (a 4xx would also put an error in the browser's console for a person's own mistake).
 */
export async function POST(request: Request) {
  const bytes = await boundedBody(request, ANSWERS_FILE_MAX_BYTES);
  const reply: AnswersFileReply = bytes ? readAnswersFile(bytes) : { problems: [ANSWERS_FILE_TOO_LARGE] };
  return Response.json(reply, { headers: { 'cache-control': 'no-store' } });
}
