import type { Answers } from '../answers';
import type { Advice } from '../advice';
import { SOURCE_SYSTEMS } from '../facts/source-systems';
import { plural } from '../format';
import { REGISTRY } from '../methods';

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The recommendation in one sentence, with what rules the others out.
 * @example recommendationSentence(answers, advice) // 'For 4,000 mailboxes on Exchange Server 2016, a hybrid migration fits best (100 out of 100); cutover and staged are ruled out.'
 */
export function recommendationSentence(a: Answers, advice: Advice): string {
  const where = `For ${plural(a.mailboxCount, 'mailbox', 'mailboxes')} on ${SOURCE_SYSTEMS[a.source].label}`;
  const out = advice.ranking.filter((r) => !r.viable).map((r) => REGISTRY[r.method].short);
  const ruledOut = out.length === 0 ? '' : `; ${list(out)} ${out.length === 1 ? 'is' : 'are'} ruled out`;
  if (advice.recommended === null) return `${where}, none of the methods fits${ruledOut}.`;
  const top = advice.ranking[0]!;
  return `${where}, ${REGISTRY[advice.recommended].withArticle} fits best (${top.score} out of 100)${ruledOut}.`;
}
