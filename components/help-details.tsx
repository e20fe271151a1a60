import type { Help } from '@/lib/questions';
import { CopyButton } from './copy-button';

/** "How do I find this out?": a disclosure with a few sentences and a command that wraps, with a button to copy it. */
export function HelpDetails({ help }: { help: Help }) {
  return (
    <details className="mt-3 max-w-2xl rounded border border-slate-300 bg-slate-50 p-3">
      <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">How do I find this out?</summary>
      <div className="mt-2 space-y-2">
        {help.text.map((t) => (
          <p key={t}>{t}</p>
        ))}
        {help.command && (
          <div className="space-y-2">
            <pre className="rounded bg-slate-900 p-3 text-sm whitespace-pre-wrap text-white wrap-anywhere">
              <code>{help.command}</code>
            </pre>
            <CopyButton text={help.command} label="Copy the command" />
          </div>
        )}
      </div>
    </details>
  );
}
