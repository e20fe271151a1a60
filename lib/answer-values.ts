/** The values the answers contract allows for its choice answers (answers contract v1 and its revision of 2026-11-25). */
export const SOURCES = [
  'exchange-2003',
  'exchange-2007',
  'exchange-2010',
  'exchange-2013',
  'exchange-2016',
  'exchange-2019',
  'exchange-se',
  'hosted-exchange',
  'google-workspace',
  'imap-other',
] as const;
export type Source = (typeof SOURCES)[number];

export const BUDGETS = ['low', 'medium', 'high'] as const;
export type Budget = (typeof BUDGETS)[number];

export const DIRECTORY_SYNC = ['none', 'planned', 'in-place'] as const;
export type DirectorySync = (typeof DIRECTORY_SYNC)[number];

export const ARCHIVES = ['none', 'on-premises-archives', 'pst-files', 'both'] as const;
export type Archives = (typeof ARCHIVES)[number];
