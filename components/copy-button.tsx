'use client';

import { useState } from 'react';
import { COPY_WORDS } from './copy-words';

/** Copies a text to the clipboard and says so (in a status message a screen reader announces). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      {/* data-copy: on the plain pages (results, one-page), which do not hydrate, their script does the copying (plain-controls.ts). */}
      <button type="button" onClick={copy} data-copy={text} className="button-secondary text-base">
        {label}
      </button>
      <span role="status" className="text-slate-800">
        {state === 'idle' ? '' : COPY_WORDS[state]}
      </span>
    </div>
  );
}
