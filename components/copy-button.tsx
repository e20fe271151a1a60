'use client';

import { useState } from 'react';

/** Copies a command to the clipboard and says so in a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied');
    } catch {
      setSaid('Could not copy: select the command and copy it by hand');
    }
  };
  return (
    <span className="inline-flex items-center gap-3">
      <button type="button" onClick={copy} className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand hover:bg-slate-100">
        Copy<span className="sr-only"> {label}</span>
      </button>
      <span role="status" className="text-sm text-slate-700">
        {said}
      </span>
    </span>
  );
}
