import { decodeText, textEncoding } from '../decode-text';

/**
 * Turns the bytes of an export into text, whichever encoding PowerShell wrote: what decodeText reads (UTF-8 with or
 * without a byte-order mark, UTF-16LE/BE), and the Windows code page 5.1's `Export-Csv -Encoding Default` writes when a
 * file is not valid UTF-8. Web-standard TextDecoder only, so it runs in the browser, a worker and Node.
 * @example decodeExport(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // 'A'
 */
export function decodeExport(bytes: Uint8Array): string {
  if (textEncoding(bytes) !== 'utf-8') return decodeText(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
