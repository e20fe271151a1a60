import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCES_CITED } from '../sources';
import { lookUpSmtp, SMTP_MAX_CHARS } from './lookup';

describe('bounce lookup', () => {
  it('explains the replies in pasted text and names the page each rests on', () => {
    const r = lookUpSmtp('Remote Server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound');
    expect(r.error).toBeUndefined();
    expect(r.replies.map((x) => x.label)).toEqual(['550 5.1.10']);
    expect(r.replies[0]!.sourceUrl).toBe(SOURCES_CITED[r.replies[0]!.source].url);
  });

  it('asks for text when nothing was pasted, and for a code when none was found', () => {
    expect(lookUpSmtp('  \n').error).toMatch(/^Paste an SMTP reply/);
    expect(lookUpSmtp('the server said no').error).toMatch(/^No SMTP code was found/);
  });

  it('reads a legal 4,000-character non-Latin paste whole (it was 12 kB in the address before: HTTP 431)', () => {
    const text = `550 5.1.1 ${'送信できませんでした'.repeat(400)}`.slice(0, 4000);
    const r = lookUpSmtp(text);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(11_000);
    expect(r.error).toBeUndefined();
    expect(r.replies[0]!.label).toBe('550 5.1.1');
  });

  it('reads text up to the limit, counting characters not UTF-16 units, and refuses longer text with its length, keeping it whole', () => {
    const emoji = '📨'.repeat(SMTP_MAX_CHARS - 4); // 2 UTF-16 units each
    expect(lookUpSmtp(`550 ${emoji}`).error).toBeUndefined();
    const long = `550 ${'x'.repeat(SMTP_MAX_CHARS)}`;
    const r = lookUpSmtp(long);
    expect(r.error).toBe(
      `The text is ${(SMTP_MAX_CHARS + 4).toLocaleString('en-GB')} characters long: paste up to ${SMTP_MAX_CHARS.toLocaleString('en-GB')}, like the lines of the bounce that hold the codes`,
    );
    expect(r.text).toBe(long);
    expect(r.replies).toEqual([]);
  });

  it('any text gets replies or one message, never both, and the text back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const r = lookUpSmtp(text);
        expect(r.text).toBe(text);
        expect(r.error === undefined).toBe(r.replies.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
