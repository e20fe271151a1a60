import { parseAnswersJson, type AnswerProblem } from '@/lib/answers';
import { ANSWERS_FILE_MAX_BYTES, ANSWERS_FILE_TOO_LARGE, type AnswersFileReply } from '@/lib/answers-file-limit';
import { decodeText } from '@/lib/decode-text';
import { valuesFromAnswers, valuesToQuery } from '@/lib/form-values';
import { questionBySlug, QUESTIONS } from '@/lib/questions';
import { inSentence } from '@/components/words';

/**
 * One problem of an answers file in the question's words: "Mailboxes: must be a whole number…". A missing or unknown
 * choice says what to choose rather than listing the file format's raw values.
 */
export function problemText(p: AnswerProblem): string {
  const q = QUESTIONS.find((x) => x.field === p.field) ?? questionBySlug(p.field);
  if (!q) return p.field ? `${p.field === 'version' ? 'Answers format' : p.field}: ${p.message}` : p.message.charAt(0).toUpperCase() + p.message.slice(1);
  const numeric = q.kind === 'count' || q.kind === 'amount';
  const missing = p.message.startsWith('is required');
  return `${q.label}: ${inSentence(missing ? q.messages.empty : numeric ? p.message : q.messages.invalid)}`;
}

/** Reads an answers file's bytes (any encoding the web and CLI read) into the reply the results page acts on. */
export function readAnswersFile(bytes: Uint8Array): AnswersFileReply {
  if (bytes.byteLength > ANSWERS_FILE_MAX_BYTES) return { problems: [ANSWERS_FILE_TOO_LARGE] };
  const parsed = parseAnswersJson(decodeText(bytes));
  if (!parsed.ok) return { problems: parsed.problems.map(problemText) };
  return { query: valuesToQuery(valuesFromAnswers(parsed.answers)) };
}

/** Reads at most `limit` bytes of a request's body; null when it holds more. */
export async function boundedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
