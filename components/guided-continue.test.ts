import { describe, expect, it } from 'vitest';
import { questionFor } from '@/lib/questions';
import { continueTarget } from './guided-continue';

describe('continueTarget: a guided question sent by the browser before its script ran', () => {
  it('an ordinary visit stays where it is', () => {
    expect(continueTarget(questionFor('mailboxCount'), { mailboxes: '120' })).toBeUndefined();
  });

  it('a valid answer goes on to the next question, in canonical form, with the earlier answers kept', () => {
    expect(continueTarget(questionFor('mailboxCount'), { continue: 'form', mailboxCount: '1.5k' })).toBe('/questions/source?mailboxes=1500');
    expect(continueTarget(questionFor('totalDataGb'), { continue: 'form', mailboxes: '120', source: 'exchange-2016', budget: 'low', weeks: '8', totalDataGb: '9 TB' })).toBe(
      '/questions/keep-accounts?mailboxes=120&source=exchange-2016&budget=low&weeks=8&data-gb=9216',
    );
  });

  it('the next question is the next one asked for the mail system chosen', () => {
    const cu = continueTarget(questionFor('dedicatedAdmin'), { continue: 'form', source: 'exchange-2016', dedicatedAdmin: 'yes' });
    const google = continueTarget(questionFor('dedicatedAdmin'), { continue: 'form', source: 'google-workspace', dedicatedAdmin: 'yes' });
    expect(cu).toMatch(/^\/questions\/latest-cu\?/);
    expect(google).not.toMatch(/latest-cu/);
  });

  it('an optional question left blank goes on as not known; from check answers it goes back there', () => {
    expect(continueTarget(questionFor('keepOnPremises'), { continue: 'form', mailboxes: '120', keepOnPremises: '' })).toBe('/questions/dir-sync?mailboxes=120&keep-accounts=unknown');
    expect(continueTarget(questionFor('budget'), { continue: 'form', mailboxes: '120', budget: 'high', from: 'check' })).toBe('/check?mailboxes=120&budget=high&from=check');
  });

  it('an answer refused comes back to its question as typed, marked to show its message, nothing lost', () => {
    expect(continueTarget(questionFor('timelineWeeks'), { continue: 'form', mailboxes: '120', timelineWeeks: 'soon' })).toBe('/questions/weeks?mailboxes=120&weeks=soon&continue=refused');
    expect(continueTarget(questionFor('mailboxCount'), { continue: 'form', source: 'exchange-2016', mailboxCount: '' })).toBe('/questions/mailboxes?source=exchange-2016&continue=refused');
  });
});
