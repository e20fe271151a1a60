import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainReplies } from './smtp-codes';
import { BASIC_CODES } from './smtp/basic-codes';
import { CLASS_MEANING, ENHANCED_CODES } from './smtp/enhanced-codes';
import { EXCHANGE_CODES, findExchangeEntry } from './smtp/exchange';
import { SOURCES_CITED } from './sources';

const labels = (t: string) => explainReplies(t).map((r) => r.label);
const one = (t: string) => {
  const replies = explainReplies(t);
  expect(replies, t).toHaveLength(1);
  return replies[0]!;
};

/** A bounce as Exchange Online sends it, headers and delivery status included (addresses made up). */
const NDR = `Your message to old.user@contoso.com couldn't be delivered.
old.user wasn't found at contoso.com.

Diagnostic information for administrators:
Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com
old.user@contoso.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Received: from AM0PR01MB5678.eurprd01.prod.outlook.com (2603:10a6:208:12::34) by
 AM0PR01MB1234.eurprd01.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2) id 15.20.2347.22;
 Mon, 2 Nov 2026 09:15:02 +0000
X-MS-Exchange-Transport-Latency: 00:00:01.123

Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com
Final-Recipient: rfc822;old.user@contoso.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`;

describe('finding replies in pasted text', () => {
  it('reads a basic code and the enhanced code after it as one reply, in order, once each', () => {
    expect(labels('550 5.7.230 Message rejected: the server is out of date')).toEqual(['550 5.7.230']);
    expect(labels('Diagnostic-Code: smtp; 552-5.2.2 mailbox full; 552 again')).toEqual(['552 5.2.2']);
    expect(labels("Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'")).toEqual(['550 5.1.1']);
    expect(labels('#550 4.4.7 QUEUE.Expired; message expired ##')).toEqual(['550 4.4.7']);
    expect(labels('first 421 then 4.4.7, later 550 5.7.1 Unable to relay')).toEqual(['421', '4.4.7', '550 5.7.1']);
  });

  it('does not read the text of a later lone basic code into the reply it joined', () => {
    const r = one('550 5.4.1 Relay Access Denied\nlater: 550 Recipient address rejected: Access denied');
    expect(r.meaning).toMatch(/^Relay access denied/);
  });

  it('still explains codes standing alone', () => {
    expect(one('just 4.4.7')).toMatchObject({ label: '4.4.7', enhanced: '4.4.7', basic: undefined, known: true });
    expect(one('550')).toMatchObject({ label: '550', basis: 'basic', class: 'permanent' });
  });

  it('joins a lone code to the reply that repeats it (an Exchange NDR names the code twice)', () => {
    const r = one('mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#');
    expect(r).toMatchObject({ label: '530 5.7.1', replyText: 'Client was not authenticated', basis: 'exchange-text' });
  });

  it('takes Exchange diagnostic names from the reply text, not host names', () => {
    expect(one('554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain').diagnostic).toBe('SMTPSEND.DNS.NonExistentDomain');
    expect(
      one('550 5.7.1 Unfortunately, messages were not sent [SG2APC01FT054.eop-APC01.prod.protection.outlook.com]').diagnostic,
    ).toBeUndefined();
    expect(one('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]').diagnostic).toBe(
      'RESOLVER.RST.AuthRequired',
    );
  });

  it('ignores things that only look like codes: IP addresses, versions, out-of-range numbers', () => {
    expect(labels('from 10.20.30.40 running 15.2.1118 with 9.9.9 and 699, id 15.20.2347.22')).toEqual([]);
  });

  it('gives one verdict for a whole Exchange Online bounce, with the diagnostic text recognised', () => {
    const r = one(NDR);
    expect(r).toMatchObject({
      label: '550 5.1.10',
      diagnostic: 'RESOLVER.ADR.RecipientNotFound',
      basis: 'exchange-text',
      class: 'permanent',
      source: 'N5110',
    });
    expect(r.replyText).toBe('RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
    expect(r.disagreement).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (t) => Array.isArray(explainReplies(t))),
      { numRuns: 10_000 },
    );
  });

  it('never throws on text made of code-like pieces either', () => {
    const piece = fc.constantFrom(
      '550',
      '5.1.10',
      '4.4.7',
      ' ',
      '-',
      '#',
      ';',
      "'",
      '\n',
      'RESOLVER.ADR.RecipientNotFound',
      '10.0.0.1',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => Array.isArray(explainReplies(parts.join('')))),
      { numRuns: 2_000 },
    );
  });
});

describe('the corrected codes', () => {
  it('5.1.10 is Exchange Online’s recipient not found, not a null MX', () => {
    const r = one('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
    expect(r.meaning).toMatch(/^Recipient not found/);
    expect(r.meaning).not.toMatch(/null MX/i);
    expect(r.cause).toMatch(/proxy address/);
    expect(r.source).toBe('N5110');
    expect(one('5.1.10').meaning).toMatch(/^Recipient not found/);
  });

  it('4.3.1 is insufficient system resources: temporary, the sender retries', () => {
    const r = one('452 4.3.1 Insufficient system resources');
    expect(r).toMatchObject({ known: true, class: 'temporary', basis: 'exchange-text', source: 'NEX' });
    expect(r.meaning).toMatch(/^Insufficient system resources/);
    expect(r.meaning).toMatch(/retrying/);
  });

  it('5.7.708 is about the sending IP address’s reputation, not a block of the whole tenant', () => {
    const r = one('550 5.7.708 Access denied, traffic not accepted from this IP');
    expect(r.meaning).toMatch(/IP address/);
    expect(r.meaning).toMatch(/not a block of your whole tenant/);
    expect(r.meaning).not.toMatch(/traffic from this tenant/i);
    expect(r.source).toBe('N57700');
  });

  it('says when the basic and enhanced codes disagree in class, and follows the basic code for retrying', () => {
    const r = one('450 5.7.1 try again later');
    expect(r.class).toBe('temporary');
    expect(r.disagreement).toMatch(/450 says a temporary failure, but the enhanced code 5\.7\.1 says a permanent failure/);
    expect(r.disagreement).toMatch(/will try again/);
    expect(one('550 4.4.7 QUEUE.Expired; message expired').disagreement).toMatch(/will not try again/);
    expect(one('550 5.1.1').disagreement).toBeUndefined();
  });
});

describe('meaning from the most specific thing known', () => {
  it('a documented reply text wins over the code’s general meaning', () => {
    expect(one('550 5.2.2 Submission quota exceeded').meaning).toMatch(/^Submission quota exceeded/);
    expect(one('552 5.2.2 Mailbox full').meaning).toMatch(/^Mailbox full/);
    expect(one('5.2.2').meaning).toMatch(/^Either the recipient’s mailbox is full/);
    expect(one('550 5.4.1 Recipient address rejected: Access denied').meaning).toMatch(/Directory-Based Edge Blocking/);
    expect(one('550 5.7.1 Unable to relay')).toMatchObject({ basis: 'exchange-text', source: 'N571' });
  });

  it('the Exchange code wins over RFC 3463, which wins over the basic code', () => {
    expect(one('550 5.1.1')).toMatchObject({ basis: 'exchange', source: 'N511' });
    expect(one('550 5.2.1')).toMatchObject({ basis: 'enhanced', source: 'R3463' });
    const r = one('550 5.9.99 something odd');
    expect(r).toMatchObject({ basis: 'basic', known: true, source: 'R5321' });
    expect(r.note).toMatch(/^The enhanced code 5\.9\.99 is not in our table/);
  });

  it('documented ranges cover every code in them, exact codes first', () => {
    expect(one('5.7.620').meaning).toMatch(/banned sending IP/);
    expect(one('451 4.7.550 Access denied, please try again later')).toMatchObject({ class: 'temporary', source: 'N47500' });
    expect(one('5.7.720').meaning).toMatch(/tenant is blocked/);
    expect(findExchangeEntry('5.7.705')?.meaning).toMatch(/tenant has exceeded threshold/);
    expect(findExchangeEntry('5.7.650')).toBeUndefined();
  });

  it('is honest about codes not in the table, with the class and subject meaning', () => {
    const odd = one('4.9.77');
    expect(odd).toMatchObject({ known: false, class: 'temporary', basis: 'none' });
    expect(odd.meaning).toMatch(/^Not in our table/);
    expect(odd.classText).toMatch(/^Temporary failure/);
    expect(one('5.4.99').meaning).toMatch(/network or routing/);
    expect(one('556').meaning).toBe('Not in our table.');
  });
});

describe('the code tables', () => {
  const sourceExists = (id: string) => Object.hasOwn(SOURCES_CITED, id);

  it.each(EXCHANGE_CODES.map((e) => [(e.codes ?? [`${e.range!.prefix}.${e.range!.from}–${e.range!.to}`]).join(', '), e] as const))(
    '%s has a meaning, a class matching its first digit and a source in SOURCES_CITED',
    (_name, entry) => {
      expect(entry.meaning.length).toBeGreaterThan(20);
      expect(sourceExists(entry.source), entry.source).toBe(true);
      for (const code of entry.codes ?? [entry.range!.prefix]) {
        expect(code).toMatch(/^[245]\.\d{1,3}(\.\d{1,3})?$/);
        expect(CLASS_MEANING[code[0]!]!.kind).toBe(entry.class);
      }
      for (const v of entry.variants ?? []) {
        expect(v.text.global || v.text.sticky, String(v.text)).toBe(false);
        if (v.source) expect(sourceExists(v.source), v.source).toBe(true);
        if (v.meaning) expect(v.meaning.length).toBeGreaterThan(20);
      }
    },
  );

  it('no code is in the Exchange table twice, and every range is documented the right way round', () => {
    const codes = EXCHANGE_CODES.flatMap((e) => e.codes ?? []);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of EXCHANGE_CODES) {
      expect(Boolean(e.codes) !== Boolean(e.range)).toBe(true);
      if (e.range) expect(e.range.from).toBeLessThan(e.range.to);
    }
  });

  it('covers the codes Microsoft documents that people meet during a move', () => {
    const wanted = [
      '4.4.7',
      '4.4.316',
      '4.3.1',
      '4.7.230',
      '5.7.230',
      '5.1.0',
      '5.1.1',
      '5.1.8',
      '5.1.10',
      '5.1.90',
      '5.2.2',
      '5.2.3',
      '5.2.121',
      '5.2.122',
      '5.4.1',
      '5.4.6',
      '5.4.14',
      '5.4.300',
      '5.6.11',
      '5.7.1',
      '5.7.12',
      '5.7.57',
      '5.7.64',
      '5.7.124',
      '5.7.133',
      '5.7.134',
      '5.7.13',
      '5.7.135',
      '5.7.136',
      '5.7.25',
      '5.7.501',
      '5.7.502',
      '5.7.503',
      '5.7.505',
      '5.7.506',
      '5.7.509',
      '5.7.511',
      '5.7.606',
      '5.7.649',
      '5.7.700',
      '5.7.749',
      '5.7.708',
      '5.7.750',
    ];
    expect(wanted.filter((c) => !findExchangeEntry(c))).toEqual([]);
  });

  it('every basic and RFC 3463 row has a meaning and a source in SOURCES_CITED', () => {
    for (const [code, info] of [...Object.entries(BASIC_CODES), ...Object.entries(ENHANCED_CODES)]) {
      expect(info.meaning.length, code).toBeGreaterThan(5);
      expect(sourceExists(info.source), code).toBe(true);
    }
  });
});
