import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREPARED_FOR_MAX, preparedFor } from './prepared-for';

describe('the "prepared for" name from the address', () => {
  it('keeps a name as typed, trimmed, with runs of spaces made one', () => {
    expect(preparedFor('  Contoso   Ltd ')).toBe('Contoso Ltd');
    expect(preparedFor(['Fabrikam', 'ignored'])).toBe('Fabrikam');
    expect(preparedFor(undefined)).toBe('');
  });

  it('drops control characters, line breaks and bidi overrides that could disguise the name', () => {
    expect(preparedFor('Contoso\u0007\u001b[2J Ltd')).toBe('Contoso [2J Ltd');
    expect(preparedFor('Contoso\nLtd')).toBe('Contoso Ltd');
    expect(preparedFor('abc\u202Edcba')).toBe('abc dcba');
  });

  it('whatever is typed, gives at most the limit of printable characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const name = preparedFor(raw);
        expect(name.length).toBeLessThanOrEqual(PREPARED_FOR_MAX);
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(name).toBe(name.trim());
      }),
      { numRuns: 2000 },
    );
  });
});
