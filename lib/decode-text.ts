/**
 * The text of a file from its bytes, read the same way by the web import and the command line: UTF-8 with or without
 * a byte-order mark, UTF-16LE or UTF-16BE with one (Windows PowerShell 5.1's `>` and `Out-File` write UTF-16LE with a
 * mark), and UTF-16 without a mark when the first character is ASCII (every JSON or CSV file starts with one) and its
 * other byte is zero. A byte sequence that is not valid in the encoding reads as U+FFFD, as browsers read it.
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])) // '{}'
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(textEncoding(bytes)).decode(bytes); // TextDecoder drops a byte-order mark of its own encoding
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Which encoding decodeText reads the bytes in.
 * @example textEncoding(new Uint8Array([0x7b, 0x00])) // 'utf-16le'
 */
export function textEncoding(bytes: Uint8Array): TextEncodingName {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xef && b === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && bytes.length % 2 === 0 && a !== undefined && b !== undefined) {
    if (a !== 0 && a < 0x80 && b === 0) return 'utf-16le';
    if (a === 0 && b !== 0 && b < 0x80) return 'utf-16be';
  }
  return 'utf-8';
}
