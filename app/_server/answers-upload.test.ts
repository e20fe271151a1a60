import { describe, expect, it } from 'vitest';
import { ANSWERS_FILE_MAX_BYTES, ANSWERS_FILE_TOO_LARGE } from '@/lib/answers-file-limit';
import { boundedBody, readAnswersFile } from './answers-upload';

const utf8 = (text: string) => new TextEncoder().encode(text);
const FIVE = '{"version":1,"mailboxCount":300,"source":"exchange-2016","budget":"low","timelineWeeks":8,"totalDataGb":900}';

describe('readAnswersFile: what the results page opens', () => {
  it('gives the answers as the query the results page opens', () => {
    const reply = readAnswersFile(utf8(FIVE));
    expect(reply).toEqual({ query: expect.stringMatching(/^mailboxes=300&source=exchange-2016&budget=low&weeks=8&data-gb=900(&|$)/) });
  });

  it('reads a file Windows PowerShell 5.1 wrote (UTF-16LE with a byte-order mark) like the CLI does', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...FIVE].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(readAnswersFile(bytes)).toEqual(readAnswersFile(utf8(FIVE)));
  });

  it('names each problem in the question’s words, never the file format’s keys or raw values', () => {
    const reply = readAnswersFile(utf8('{"version":1,"mailboxCount":-4,"source":"lotus-notes-9"}'));
    expect(reply).toEqual({
      problems: expect.arrayContaining(['Mailboxes: must be a whole number from 1 to 1,000,000, like 250', 'Current mail system: select where your mail is now from the list']),
    });
    expect(JSON.stringify(reply)).not.toMatch(/mailboxCount|lotus-notes-9/);
  });

  it('says a file that is not JSON is not an answers file', () => {
    expect(readAnswersFile(utf8('{not json'))).toEqual({ problems: [expect.stringMatching(/^The answers are not valid JSON/)] });
  });

  it('refuses a file past the limit with the one sentence, without reading it', () => {
    expect(readAnswersFile(new Uint8Array(ANSWERS_FILE_MAX_BYTES + 1))).toEqual({ problems: [ANSWERS_FILE_TOO_LARGE] });
    expect(readAnswersFile(new Uint8Array(ANSWERS_FILE_MAX_BYTES).fill(32))).not.toEqual({ problems: [ANSWERS_FILE_TOO_LARGE] });
  });
});

describe('boundedBody', () => {
  const post = (body: string) => new Request('http://localhost/answers-file', { method: 'POST', body });

  it('reads a body up to the limit whole', async () => {
    expect(new TextDecoder().decode((await boundedBody(post('x'.repeat(10)), 10))!)).toBe('x'.repeat(10));
  });

  it('gives null for one byte more, so nothing past the limit is kept', async () => {
    expect(await boundedBody(post('x'.repeat(11)), 10)).toBeNull();
  });

  it('reads an empty body as empty', async () => {
    expect(await boundedBody(new Request('http://localhost/answers-file', { method: 'POST' }), 10)).toEqual(new Uint8Array());
  });
});
