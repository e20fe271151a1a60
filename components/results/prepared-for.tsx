import { firstParam } from '@/lib/form-values';

/** The longest "prepared for" name kept: the form's field stops there; a longer one in an edited address is cut. */
export const PREPARED_FOR_MAX = 80;

/**
 * A "prepared for" name from the address, as plain text: control and format characters (bidi overrides, zero-width) and runs of spaces removed, at most
 * PREPARED_FOR_MAX characters. It is only ever rendered as text (React escapes it), never as markup.
 * @example preparedFor(['  Contoso\u0007 Ltd ']) // 'Contoso Ltd'
 */
export function preparedFor(raw: string | string[] | undefined): string {
  const text = (firstParam(raw) ?? '').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ');
  // Cut by code point, so no character is split in half, then trim what the cut left at the end.
  return Array.from(text.trim()).slice(0, PREPARED_FOR_MAX).join('').trim();
}

/**
 * A small form, without script, that puts a "prepared for" name in the address (so the share link keeps it) for the
 * handout's title block.
 */
export function PreparedForForm({ query, name, from }: { query: string; name: string; from?: string }) {
  const hidden = [...new URLSearchParams(query)];
  return (
    <form method="get" action="/results" className="no-print prepared-for">
      {hidden.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {from === 'one-page' && <input type="hidden" name="from" value="one-page" />}
      <label htmlFor="prepared-for" className="font-semibold">
        Prepared for (printed on the handout, optional)
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input id="prepared-for" name="for" defaultValue={name} maxLength={PREPARED_FOR_MAX} autoComplete="organization" className="w-72 max-w-full rounded border-2 border-slate-800 px-2 py-1" />
        <button type="submit" className="rounded border-2 border-brand bg-white px-3 py-1 font-semibold text-brand hover:bg-slate-100">
          Save name
        </button>
      </div>
    </form>
  );
}
