import type { SourceId } from './sources';
import { BASIC_CODES } from './smtp/basic-codes';
import { CLASS_MEANING, ENHANCED_CODES, SUBJECT_MEANING } from './smtp/enhanced-codes';
import { findExchangeEntry } from './smtp/exchange';
import { findReplies, type FoundReply } from './smtp/find-replies';
import type { CodeClass, CodeInfo } from './smtp/types';

export type { CodeClass } from './smtp/types';

/** Which part of a reply its meaning was read from, most specific first. */
export type VerdictBasis = 'exchange-text' | 'exchange' | 'enhanced' | 'basic' | 'none';

/** One reply explained as a whole: its codes, the Exchange diagnostic text, and one meaning for all of them. */
export interface SmtpVerdict {
  /** The codes as one label, like "550 5.1.10", "4.4.7" or "550". */
  label: string;
  basic?: string;
  enhanced?: string;
  /** Exchange's diagnostic name, like RESOLVER.ADR.RecipientNotFound, when the reply text holds one. */
  diagnostic?: string;
  replyText?: string;
  class: CodeClass;
  classText: string;
  /** Set when the basic and the enhanced code disagree in class, like 450 with 5.7.1. */
  disagreement?: string;
  known: boolean;
  basis: VerdictBasis;
  meaning: string;
  /** Anything the meaning leaves out, like an enhanced code we have no row for. */
  note?: string;
  cause?: string;
  check?: string;
  source: SourceId;
}

/** Exchange's diagnostic names: RESOLVER.ADR.RecipientNotFound, QUEUE.Expired; not host names like SG2APC01FT054.eop-apc01. */
const DIAGNOSTIC_RE = /(?<![\w.-])[A-Z]{3,}(?:\.[A-Z][A-Za-z]*){1,2}(?![\w-]|\.\w)/;
const SENDER_ACTS: Record<string, string> = {
  '2': 'treats it as done',
  '3': 'goes on to send more',
  '4': 'will try again',
  '5': 'will not try again',
};
const CLASS_WORD: Record<CodeClass, string> = {
  success: 'success',
  intermediate: 'in progress',
  temporary: 'a temporary failure',
  permanent: 'a permanent failure',
};

/** Only the explanation of a row: a row's own fields (class, codes, variants) stay out of the verdict. */
const explanation = ({ meaning, cause, check, source }: CodeInfo): CodeInfo => ({ meaning, cause, check, source });

function fromEnhanced(code: string, text: string): { info: CodeInfo; basis: VerdictBasis } | undefined {
  const entry = findExchangeEntry(code);
  if (entry) {
    const variant = entry.variants?.find((v) => v.text.test(text));
    if (!variant) return { info: explanation(entry), basis: 'exchange' };
    if (variant.meaning === undefined) return { info: explanation(entry), basis: 'exchange-text' };
    const { meaning, cause, check } = variant;
    return { info: { meaning, cause, check, source: variant.source ?? entry.source }, basis: 'exchange-text' };
  }
  const [, subject = '', detail = ''] = code.split('.');
  const generic = ENHANCED_CODES[`${subject}.${detail}`];
  return generic && { info: explanation(generic), basis: 'enhanced' };
}

function aboutSubject(code: string): string {
  const about = SUBJECT_MEANING[code.split('.')[1] ?? ''];
  return about ? `It concerns ${about}.` : 'Its subject is not a standard one.';
}

function disagreement(basic: string, enhanced: string): string | undefined {
  const [b, e] = [CLASS_MEANING[basic[0]!]!, CLASS_MEANING[enhanced[0]!]!];
  if (b.kind === e.kind) return undefined;
  return `The basic code ${basic} says ${CLASS_WORD[b.kind]}, but the enhanced code ${enhanced} says ${CLASS_WORD[e.kind]}; the two should agree. A sending server acts on the basic code, so it ${SENDER_ACTS[basic[0]!]}.`;
}

function verdict(group: FoundReply[]): SmtpVerdict {
  const basic = group.find((f) => f.basic)?.basic;
  const enhanced = group.find((f) => f.enhanced)?.enhanced;
  // The text after a full pair says more than the text after a lone code (`#5.7.1 smtp;530 5.7.1 Client was not…`);
  // a lone basic code that joined a pair may stand in another reply altogether, so its text is not read.
  const full = group.filter((f) => f.basic && f.enhanced);
  const texts = [...full, ...group.filter((f) => !(f.basic && f.enhanced) && (f.enhanced || full.length === 0))]
    .map((f) => f.text)
    .filter((t) => t !== '');
  const joined = texts.join(' ');
  const cls = CLASS_MEANING[(basic ?? enhanced)![0]!]!;
  const head = {
    label: [basic, enhanced].filter(Boolean).join(' '),
    basic,
    enhanced,
    diagnostic: joined.match(DIAGNOSTIC_RE)?.[0],
    replyText: texts[0],
    class: cls.kind,
    classText: cls.text,
    disagreement: basic && enhanced ? disagreement(basic, enhanced) : undefined,
  };
  const read = enhanced ? fromEnhanced(enhanced, joined) : undefined;
  if (read) return { ...head, known: true, basis: read.basis, ...read.info };
  const plain = basic ? BASIC_CODES[basic] : undefined;
  const unknownEnhanced = enhanced && `The enhanced code ${enhanced} is not in our table. ${aboutSubject(enhanced)}`;
  if (plain) return { ...head, known: true, basis: 'basic', ...explanation(plain), note: unknownEnhanced };
  const meaning = enhanced ? `Not in our table. ${aboutSubject(enhanced)}` : 'Not in our table.';
  return { ...head, known: false, basis: 'none', meaning, source: enhanced ? 'R3463' : 'R5321' };
}

/** Puts the places a reply was found into one group per reply: lone codes join the reply that repeats them. */
function groupReplies(found: FoundReply[]): FoundReply[][] {
  const pairs = found.filter((f) => f.basic && f.enhanced);
  const groups = new Map<string, FoundReply[]>();
  for (const f of found) {
    const pair = f.basic && f.enhanced ? f : pairs.find((p) => (f.enhanced ? p.enhanced === f.enhanced : p.basic === f.basic));
    const key = pair ? `${pair.basic} ${pair.enhanced}` : `${f.basic ?? ''} ${f.enhanced ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

/**
 * Reads each SMTP reply in pasted text (a reply line, a bounce, a log) as one verdict: basic code, enhanced code
 * and the text after them together, explained from the most specific thing known (Exchange code and its text,
 * then the Exchange code, then the RFC 3463 enhanced code, then the RFC 5321 basic code). In order, once each.
 * @example explainReplies('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')
 * // [{ label: '550 5.1.10', diagnostic: 'RESOLVER.ADR.RecipientNotFound', basis: 'exchange-text', meaning: 'Recipient not found: …', source: 'N5110', … }]
 */
export function explainReplies(text: string): SmtpVerdict[] {
  return groupReplies(findReplies(text)).map(verdict);
}
