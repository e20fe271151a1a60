import type { Help } from '@/lib/questions';

/** "How do I find this out?": a disclosure with a few sentences and a command to copy. */
export function HelpDetails({ help }: { help: Help }) {
  return (
    <details className="mt-3 max-w-2xl rounded border border-slate-300 bg-slate-50 p-3">
      <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">How do I find this out?</summary>
      <div className="mt-2 space-y-2">
        {help.text.map((t) => (
          <p key={t}>{t}</p>
        ))}
        {help.command && (
          <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white">
            <code>{help.command}</code>
          </pre>
        )}
      </div>
    </details>
  );
}
