import type { Answers, Method } from '../answers';
import type { Advice } from '../advice';
import { SHORT_NAMES, SOURCE_FACTS } from '../facts';
import { formatCount } from '../format-number';

const NAMES: Record<Method, string> = { cutover: 'a cutover migration', staged: 'a staged migration', hybrid: 'a hybrid migration', imap: 'an IMAP migration' };

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The recommendation in one sentence, with what rules the others out.
 * @example recommendationSentence(answers, advice) // 'For 4,000 mailboxes on Exchange Server 2016, a hybrid migration fits best (100 out of 100); cutover and staged are ruled out.'
 */
export function recommendationSentence(a: Answers, advice: Advice): string {
  const where = `For ${formatCount(a.mailboxCount)} mailbox${a.mailboxCount === 1 ? '' : 'es'} on ${SOURCE_FACTS[a.source].label}`;
  const out = advice.ranking.filter((r) => !r.viable).map((r) => SHORT_NAMES[r.method]);
  const ruledOut = out.length === 0 ? '' : `; ${list(out)} ${out.length === 1 ? 'is' : 'are'} ruled out`;
  if (advice.recommended === null) return `${where}, none of the four built-in methods fits${ruledOut}.`;
  const top = advice.ranking[0]!;
  return `${where}, ${NAMES[advice.recommended]} fits best (${top.score} out of 100)${ruledOut}.`;
}
