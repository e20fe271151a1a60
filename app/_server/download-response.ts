import { checkValues, valuesFromParams } from '@/lib/form-values';
import type { Answers } from '@/lib/answers';

/** Answers from a request's query, or a plain-text 400 saying what is wrong (never a crash). */
export function answersFromRequest(request: Request): { answers: Answers } | { response: Response } {
  const { answers, errors } = checkValues(valuesFromParams(new URL(request.url).searchParams));
  if (answers) return { answers };
  const lines = Object.entries(errors).map(([field, message]) => `${field}: ${message}`);
  return { response: new Response(`These answers cannot be used yet:\n${lines.join('\n')}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } }) };
}

/** A file download response. */
export function attachment(body: string, filename: string, type: string): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' } });
}
