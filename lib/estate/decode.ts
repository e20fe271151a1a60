/**
 * Turns the bytes of an export into text, whichever encoding PowerShell wrote: UTF-8 with or without a byte-order mark
 * (PowerShell 7's default, and 5.1's `-Encoding UTF8`), UTF-16LE with a mark (5.1's `-Encoding Unicode` and its `>`
 * redirect) or without one, UTF-16BE with a mark, and the Windows code page 5.1's `Export-Csv` writes by default when a
 * file is not valid UTF-8. Web-standard TextDecoder only, so it runs in the browser, a worker and Node.
 * (A shared lib/decode-text.ts may replace this at merge.)
 * @example decodeExport(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // 'A'
 */
export function decodeExport(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksUtf16le(bytes)) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** UTF-16LE without a mark: text in the Latin range has a zero in most odd bytes of its first few hundred. */
function looksUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros > n / 4;
}
