import { answersFromRequest, attachment } from '@/app/_server/download-response';
import { assess } from '@/lib/assess';
import { formatMarkdown } from '@/lib/report/markdown';
import { today } from '@/components/today';

/** GET /report?<answers>: the Markdown report (the same as the CLI's --format md), as a download. */
export function GET(request: Request) {
  const result = answersFromRequest(request);
  if ('response' in result) return result.response;
  return attachment(formatMarkdown(result.answers, assess(result.answers, { date: today() })), 'migration-advice.md', 'text/markdown');
}
