import type { ExportKind } from './types';

/** One export the advisor reads: what it is called, the command that writes it, and the answers it fills. */
export interface ExportCommand {
  kind: ExportKind;
  title: string;
  file: string;
  /** Runs unchanged in Windows PowerShell 5.1 and PowerShell 7, in the Exchange Management Shell or a session to it. */
  command: string;
  fills: string;
}

/**
 * The commands whose CSV files the advisor reads, once (the /exports page and the README show them).
 * `-Encoding UTF8` keeps accented names in Windows PowerShell 5.1 (its default writes them as "?"); PowerShell 7
 * writes UTF-8 anyway. Add `-UseCulture` to use the culture's list separator (";" in much of Europe): both are read.
 */
export const EXPORT_COMMANDS: readonly ExportCommand[] = [
  {
    kind: 'mailboxes', title: 'Mailbox statistics', file: 'mailboxes.csv',
    fills: 'Mailboxes, total mailbox data, largest mailbox, shared and resource mailboxes, archives',
    command: [
      'Get-Mailbox -ResultSize Unlimited | ForEach-Object {',
      '  $s = Get-MailboxStatistics -Identity $_.Identity',
      '  $a = if ($_.ArchiveGuid -ne [guid]::Empty) { Get-MailboxStatistics -Identity $_.Identity -Archive -ErrorAction SilentlyContinue }',
      '  [pscustomobject]@{ DisplayName = $_.DisplayName; PrimarySmtpAddress = "$($_.PrimarySmtpAddress)"',
      '    RecipientTypeDetails = "$($_.RecipientTypeDetails)"; ItemCount = $s.ItemCount; TotalItemSize = "$($s.TotalItemSize)"',
      '    ArchiveStatus = "$($_.ArchiveStatus)"; ArchiveSize = "$($a.TotalItemSize)" }',
      '} | Export-Csv mailboxes.csv -NoTypeInformation -Encoding UTF8',
    ].join('\n'),
  },
  {
    kind: 'permissions', title: 'Full Access, Send As and Send on Behalf', file: 'permissions.csv',
    fills: 'Whether people act for each other’s mailboxes',
    command: [
      '$skip = "^(NT AUTHORITY|S-1-5-)"',
      'Get-Mailbox -ResultSize Unlimited | ForEach-Object {',
      '  $to = "$($_.PrimarySmtpAddress)"',
      '  Get-MailboxPermission -Identity $_.Identity | Where-Object { -not $_.IsInherited -and -not $_.Deny -and "$($_.AccessRights)" -match "FullAccess" -and "$($_.User)" -notmatch $skip } |',
      '    ForEach-Object { [pscustomobject]@{ Mailbox = $to; Grantee = "$($_.User)"; Right = "FullAccess" } }',
      '  Get-ADPermission -Identity $_.DistinguishedName | Where-Object { -not $_.IsInherited -and -not $_.Deny -and "$($_.ExtendedRights)" -match "Send-As" -and "$($_.User)" -notmatch $skip } |',
      '    ForEach-Object { [pscustomobject]@{ Mailbox = $to; Grantee = "$($_.User)"; Right = "SendAs" } }',
      '  foreach ($g in $_.GrantSendOnBehalfTo) { [pscustomobject]@{ Mailbox = $to; Grantee = "$g"; Right = "SendOnBehalf" } }',
      '} | Export-Csv permissions.csv -NoTypeInformation -Encoding UTF8',
    ].join('\n'),
  },
  {
    kind: 'servers', title: 'Exchange servers and their builds', file: 'servers.csv',
    fills: 'Current mail system (the oldest version among the servers) and whether they are on a current update',
    command: 'Get-ExchangeServer | Select-Object Name,Edition,@{n="AdminDisplayVersion";e={"$($_.AdminDisplayVersion)"}} | Export-Csv servers.csv -NoTypeInformation -Encoding UTF8',
  },
  {
    kind: 'public-folders', title: 'Public folder statistics', file: 'public-folders.csv',
    fills: 'Public folder data',
    command: 'Get-PublicFolderStatistics -ResultSize Unlimited | Select-Object Name,@{n="FolderPath";e={$_.FolderPath -join "\\"}},ItemCount,@{n="TotalItemSize";e={"$($_.TotalItemSize)"}} | Export-Csv public-folders.csv -NoTypeInformation -Encoding UTF8',
  },
];
