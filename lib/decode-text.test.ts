import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, textEncoding } from './decode-text';

/** Bytes as another program writes the text, built here without decodeText. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_u, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
}
const utf8 = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

const JSON_TEXT = '{ "version": 1, "source": "exchange-2016", "note": "Zürich – 東京 📨" }';

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(JSON_TEXT)],
    ['UTF-8 with a byte-order mark', utf8(JSON_TEXT, true)],
    ['UTF-16LE with a byte-order mark (PowerShell 5.1)', utf16(JSON_TEXT, 'le', true)],
    ['UTF-16BE with a byte-order mark', utf16(JSON_TEXT, 'be', true)],
    ['UTF-16LE without a byte-order mark', utf16(JSON_TEXT, 'le', false)],
    ['UTF-16BE without a byte-order mark', utf16(JSON_TEXT, 'be', false)],
  ])('reads %s to the same text, with no mark left at the start', (_what, bytes) => {
    expect(decodeText(bytes)).toBe(JSON_TEXT);
  });

  it('reads empty and one-byte files as UTF-8', () => {
    expect(decodeText(new Uint8Array())).toBe('');
    expect(decodeText(new Uint8Array([0x7b]))).toBe('{');
    expect(textEncoding(new Uint8Array([0x7b]))).toBe('utf-8');
  });

  it('reads bytes that are not valid UTF-8 as replacement characters, never throwing', () => {
    expect(decodeText(new Uint8Array([0x7b, 0xff, 0x7d]))).toBe('{\uFFFD}');
  });

  it('any text written as UTF-8 or as UTF-16 with a mark reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('utf8', 'utf8-bom', 'le', 'be'), (text, how) => {
        fc.pre(!text.startsWith('\uFEFF'));
        const bytes = how === 'utf8' ? utf8(text) : how === 'utf8-bom' ? utf8(text, true) : utf16(text, how, true);
        expect(decodeText(bytes)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
