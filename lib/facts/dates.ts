import { dated } from './fact';

/** Dated events the advice judges against the assessment date (domain facts §4 and §9), each once. */
export const DATES = {
  exchange2003SupportEnds: dated('2014-04-08', 'M9'),
  exchange2007SupportEnds: dated('2017-04-11', 'M9'),
  exchange2010SupportEnds: dated('2020-10-13', 'M9'),
  exchange2013SupportEnds: dated('2023-04-11', 'M9'),
  exchange2016SupportEnds: dated('2025-10-14', 'M9'),
  exchange2019SupportEnds: dated('2025-10-14', 'M9'),
  exchange2019Cu15Released: dated('2025-02-10', 'M9'),
  exchangeSeReleased: dated('2025-07-01', 'M9'),
  /** The April 2025 hotfix update: the first builds that can use the dedicated Exchange hybrid app. */
  hybridAppUpdate: dated('2025-04-18', 'M14'),
  /** From this day rich coexistence (free/busy, MailTips, photos) works only through the dedicated hybrid app. */
  sharedServicePrincipalBlocked: dated('2025-10-31', 'M14'),
  /** Exchange Web Services in Exchange Online starts being switched off for third-party apps. */
  ewsRetirementStarts: dated('2026-10-01', 'M14'),
} as const;

/** Whether a dated event has happened on `date` (both ISO). */
export const happened = (event: { date: string }, date: string) => event.date <= date;
