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
  // Mail-flow codes (the /smtp lookup): N0 is Exchange Online's general NDR page, N + digits a per-code page,
  // NEX Exchange Server's NDR page, N230 the Exchange Team post on 4.7.230 / 5.7.230.
  N0: { title: 'Email non-delivery reports and SMTP errors in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
  N447: { title: 'Fix email delivery issues for error code 4.4.7 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online' },
  N47500: { title: 'Fix email delivery issues for error code 451 4.7.500-699 (ASxxx) in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online' },
  N510: { title: 'Fix email delivery issues for error code 5.1.0 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-0-in-exchange-online' },
  N511: { title: 'Fix email delivery issues for error code 5.1.1 through 5.1.20 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online' },
  N518: { title: 'Fix email delivery issues for error code 5.1.8 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online' },
  N5110: { title: 'Fix email delivery issues for error code 550 5.1.10 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online' },
  N541: { title: 'Fix email delivery issues for error code 5.4.1 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online' },
  N546: { title: 'Fix email delivery issues for error code 5.4.6 or 5.4.14 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online' },
  N5611: { title: 'Fix email delivery issues for error code 5.6.11 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-6-11-in-exchange-online' },
  N571: { title: 'Fix email delivery issues for error code 5.7.1 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online' },
  N5712: { title: 'Fix email delivery issues for error code 5.7.12 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-12-in-exchange-online' },
  N5713: { title: 'Fix email delivery issues for error code 5.7.13 or 5.7.135 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-13-or-5-7-135-in-exchange-online' },
  N5757: { title: 'Fix email delivery issues for error code 5.7.57 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online' },
  N5764: { title: 'Fix email delivery issues for error code 5.7.64 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-64-in-exchange-online' },
  N57124: { title: 'Fix email delivery issues for error code 5.7.124 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-124-in-exchange-online' },
  N57133: { title: 'Fix email delivery issues for error code 5.7.133 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-133-in-exchange-online' },
  N57134: { title: 'Fix email delivery issues for error code 5.7.134 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-134-in-exchange-online' },
  N57136: { title: 'Fix email delivery issues for error code 5.7.136 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-136-in-exchange-online' },
  N57700: { title: 'Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online', url: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750' },
  NEX: { title: 'DSNs and NDRs in Exchange Server', url: 'https://learn.microsoft.com/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages' },
  N230: { title: 'How to pause throttling and blocking of out-of-date on-premises Exchange Servers (Exchange Team blog)', url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/how-to-pause-throttling-and-blocking-of-out-of-date-on-premises/ba-p/4007169' },
} as const satisfies Record<string, { title: string; url: string }>;

export type SourceId = keyof typeof SOURCES_CITED;
