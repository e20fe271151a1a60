/** What a "Copy the command" button says beside it, in React (copy-button.tsx) and in the plain pages' scripts. */
export const COPY_WORDS = {
  copied: 'Copied',
  failed: 'Could not copy: select the command and copy it yourself',
} as const;
