import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../questions';

describe('“How do I find this out?”', () => {
  it('every question about the estate says how to find the answer out', () => {
    const estate = QUESTIONS.filter((q) => q.group === 'estate');
    expect(estate.map((q) => q.field).sort()).toEqual(['archives', 'delegatesAcrossTeams', 'publicFoldersGb', 'sharedMailboxes', 'smtpRelayDevices', 'uploadMbps']);
    for (const q of estate) expect(q.help?.text.join(' '), q.field).toMatch(/\w{3,}/);
  });
});
