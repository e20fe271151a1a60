import type { Answers } from '../answers';
import type { Advice, RankedMethod } from '../advice';
import { SOURCE_SYSTEMS } from '../facts/source-systems';
import { plural } from '../format';
import { REGISTRY } from '../methods';

/** Scores this close are a near tie; a best score below the other is a weak fit (our reading of the scale). */
const CLOSE = 5;
const WEAK = 50;

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
  const [top, next] = advice.ranking as [RankedMethod, RankedMethod | undefined];
  const close = next !== undefined && next.viable && top.score - next.score <= CLOSE ? `, nearly tied with ${REGISTRY[next.method].withArticle} (${next.score})` : '';
  const weak = top.score < WEAK ? ' None fits well: read the reasons before choosing.' : '';
  return `${where}, ${REGISTRY[advice.recommended].withArticle} fits best (${top.score} out of 100)${close}${ruledOut}.${weak}`;
}
