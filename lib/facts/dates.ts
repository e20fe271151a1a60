import { dated } from './fact';

/** Dated events the advice judges against the assessment date (domain facts §4 and §9), each once. */
export const DATES = {
  exchange2003SupportEnds: dated('2014-04-08', 'M9'),
  exchange2007SupportEnds: dated('2017-04-11', 'M9'),
  exchange2010SupportEnds: dated('2020-10-13', 'M9'),
  exchange2013SupportEnds: dated('2023-04-11', 'M9'),
  exchange2016SupportEnds: dated('2025-10-14', 'M9'),
  exchange2019SupportEnds: dated('2025-10-14', 'M9'),
} as const;
