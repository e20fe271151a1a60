import { describe, expect, it } from 'vitest';
import { listWords } from './words';

describe('listWords', () => {
  it('joins items as a sentence does, with “and” before the last', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['budget'])).toBe('budget');
    expect(listWords(['budget', 'timeline'])).toBe('budget and timeline');
    expect(listWords(['mailboxes', 'budget', 'timeline'])).toBe('mailboxes, budget and timeline');
  });
});
