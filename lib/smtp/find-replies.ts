/**
 * One place in pasted text where a reply code stands: a basic code, an enhanced code or both
 * (`550 5.1.10`, `552-5.2.2`, `#550 4.4.7`), with the reply text that follows it on the line.
 */
export interface FoundReply {
  index: number;
  basic?: string;
  enhanced?: string;
  text: string;
}

const PAIR_RE = /(?<![\d.-])([2-5][0-5]\d)(?:-| {1,3})([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const ENHANCED_RE = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const BASIC_RE = /(?<![\d.#-])([2-5][0-5]\d)(?=[\s-]|$)/g;
/** Where a reply's text ends: a line break, a quote or bracket around it, or Exchange's `##` marker. */
const TEXT_END_RE = /[\r\n'"<>]|##/;
const MAX_TEXT = 300;

const enhancedCode = (m: RegExpMatchArray, at: number) => `${m[at]}.${Number(m[at + 1])}.${Number(m[at + 2])}`;

function replyText(text: string, from: number, to: number): string {
  const rest = text.slice(from, to);
  const end = rest.search(TEXT_END_RE);
  return (end === -1 ? rest : rest.slice(0, end)).replace(/^[\s;:,-]+|[\s;:,-]+$/g, '').slice(0, MAX_TEXT);
}

/**
 * Finds reply codes in pasted text, in order: a basic code directly followed by an enhanced code is one reply;
 * codes standing alone are replies of their own. IP addresses and version numbers are not codes.
 * @example findReplies("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'")
 * // [{ index: 24, basic: '550', enhanced: '5.1.10', text: 'RESOLVER.ADR.RecipientNotFound; Recipient not found' }]
 */
export function findReplies(text: string): FoundReply[] {
  const found: (Omit<FoundReply, 'text'> & { end: number })[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(PAIR_RE)) {
    found.push({ index: m.index, end: m.index + m[0].length, basic: m[1], enhanced: enhancedCode(m, 2) });
    taken.push([m.index, m.index + m[0].length]);
  }
  const free = (at: number) => !taken.some(([from, to]) => at >= from && at < to);
  for (const m of text.matchAll(ENHANCED_RE))
    if (free(m.index)) found.push({ index: m.index, end: m.index + m[0].length, enhanced: enhancedCode(m, 1) });
  for (const m of text.matchAll(BASIC_RE)) if (free(m.index)) found.push({ index: m.index, end: m.index + m[0].length, basic: m[1] });
  found.sort((a, b) => a.index - b.index);
  return found.map(({ end, ...f }, i) => ({ ...f, text: replyText(text, end, found[i + 1]?.index ?? text.length) }));
}
