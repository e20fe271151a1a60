import { answersFromRequest, attachment } from '@/app/_server/download-response';

/** GET /answers-file?<answers>: the answers in the contract's JSON shape, as a download. */
export function GET(request: Request) {
  const result = answersFromRequest(request);
  if ('response' in result) return result.response;
  return attachment(`${JSON.stringify(result.answers, null, 2)}\n`, 'migration-answers.json', 'application/json');
}
