/** The date the rules and facts below were last checked against Microsoft's pages. */
export const RULES_VERSION = '2026-11-24';

/** Microsoft Learn pages the rules rest on; rules cite them by id. */
export const SOURCES_CITED = {
  M1: { title: 'Decide on a migration path', url: 'https://learn.microsoft.com/exchange/mailbox-migration/decide-on-a-migration-path' },
  M2: { title: 'Cutover migration to Microsoft 365', url: 'https://learn.microsoft.com/exchange/mailbox-migration/cutover-migration-to-office-365' },
  M3: { title: 'What to know about a staged migration', url: 'https://learn.microsoft.com/exchange/mailbox-migration/what-to-know-about-a-staged-migration' },
  M4: { title: 'Migrating IMAP mailboxes', url: 'https://learn.microsoft.com/exchange/mailbox-migration/migrating-imap-mailboxes/migrating-imap-mailboxes' },
  M5: { title: 'Hybrid deployment prerequisites', url: 'https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites' },
  M6: { title: 'Hybrid Configuration Wizard options', url: 'https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-configuration-wizard-options' },
  M7: { title: 'Exchange Online limits', url: 'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits' },
  M8: { title: 'Migration performance and best practices', url: 'https://learn.microsoft.com/exchange/mailbox-migration/office-365-migration-best-practices' },
  M9: { title: 'Exchange Server supportability matrix', url: 'https://learn.microsoft.com/exchange/plan-and-deploy/supportability-matrix' },
  M10: { title: 'Choose the right authentication method for Microsoft Entra hybrid identity', url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/choose-ad-authn' },
  M11: { title: 'Google Workspace migration to Exchange Online', url: 'https://learn.microsoft.com/exchange/mailbox-migration/perform-g-suite-migration' },
  M12: { title: 'Import PST files to Microsoft 365', url: 'https://learn.microsoft.com/purview/importing-pst-files-to-office-365' },
  R5321: { title: 'RFC 5321: Simple Mail Transfer Protocol', url: 'https://www.rfc-editor.org/rfc/rfc5321' },
  R3463: { title: 'RFC 3463: Enhanced Mail System Status Codes', url: 'https://www.rfc-editor.org/rfc/rfc3463' },
} as const satisfies Record<string, { title: string; url: string }>;

export type SourceId = keyof typeof SOURCES_CITED;
