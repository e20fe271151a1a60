import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainCodes } from './smtp-codes';

const codes = (t: string) => explainCodes(t).map((c) => c.code);

describe('SMTP code lookup', () => {
  it('finds basic and enhanced codes inside pasted text, in order, once each', () => {
    expect(codes('550 5.7.230 Message rejected: the server is out of date')).toEqual(['550', '5.7.230']);
    expect(codes('Diagnostic-Code: smtp; 552-5.2.2 mailbox full; 552 again')).toEqual(['552', '5.2.2']);
    expect(codes('Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipNotFound\'')).toEqual(['550', '5.1.1']);
    expect(codes('just 4.4.7')).toEqual(['4.4.7']);
  });

  it('ignores things that only look like codes: IP addresses, versions, out-of-range numbers', () => {
    expect(codes('from 10.20.30.40 running 15.2.1118 with 9.9.9 and 699')).toEqual([]);
  });

  it('says whether a code is temporary or permanent', () => {
    const [throttle] = explainCodes('4.7.230');
    expect(throttle).toMatchObject({ class: 'temporary', known: true });
    expect(throttle!.cause).toMatch(/out of date|unsupported/);
    expect(explainCodes('5.7.708')[0]).toMatchObject({ class: 'permanent', known: true });
  });

  it('gives the Exchange Online meaning, likely migration cause and what to check', () => {
    const [notFound] = explainCodes('5.1.1');
    expect(notFound!.meaning).toMatch(/Recipient not found/);
    expect(notFound!.check).toMatch(/Microsoft 365/);
  });

  it('is honest about codes not in the table, with the class and subject meaning', () => {
    const [odd] = explainCodes('4.9.77');
    expect(odd).toMatchObject({ known: false, class: 'temporary' });
    expect(odd!.meaning).toMatch(/^Not in our table/);
    expect(explainCodes('5.4.99')[0]!.meaning).toMatch(/network or routing/);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (t) => Array.isArray(explainCodes(t))), { numRuns: 10_000 });
  });
});
