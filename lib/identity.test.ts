import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import type { Method } from './advice';
import { assess } from './assess';
import { IDENTITY_RULES, identityAdvice } from './identity';
import { baseAnswers, ON } from './test/arbitraries';

const advise = (a: Partial<Answers>, method: Method = 'hybrid') => identityAdvice({ ...baseAnswers, ...a }, method);
const fired = (a: Partial<Answers>, id: string) =>
  advise(a)
    .options.flatMap((o) => o.reasons)
    .filter((r) => r.rule === id);

describe('sign-in advice (cloud authentication first, M10 and M18)', () => {
  it('recommends password hash sync by default', () => {
    expect(advise({}).recommended).toBe('password-hash-sync');
  });

  it('on-premises rules at sign-in point to pass-through authentication', () => {
    expect(advise({ signInPolicies: true }).recommended).toBe('pass-through');
  });

  it('smart cards, third-party MFA and IP limits no longer push to AD FS: their cloud equivalents are named', () => {
    const a = advise({ thirdPartyMfa: true, clientIpRestriction: true });
    expect(a.recommended).toBe('password-hash-sync');
    expect(a.cloudEquivalents.map((c) => c.answer)).toEqual(
      expect.arrayContaining([
        'Microsoft Entra certificate-based authentication',
        'External authentication methods in Entra ID',
        'Conditional Access named locations',
      ]),
    );
  });

  it('an AD FS farm running today leads to a plan to leave it, not to keep it, even with every federation reason given', () => {
    const a = advise({ existingAdfs: true, thirdPartyMfa: true, clientIpRestriction: true, budget: 'high', dedicatedAdmin: true });
    expect(a.recommended).not.toBe('federation');
    expect(a.leaveAdfs).toMatch(/^Plan to leave AD FS: turn on password hash sync, move groups of users to it with staged rollout/);
    expect(advise({ existingAdfs: true, signInPolicies: true }).leaveAdfs).toMatch(/turn on pass-through authentication/);
    expect(advise({ existingAdfs: false }).leaveAdfs).toBeUndefined();
  });

  it.each([
    ['identity.simplest', {}, { 'password-hash-sync': 15 }],
    ['identity.sign-in-policies', { signInPolicies: true }, { 'pass-through': 30, federation: 5, 'password-hash-sync': -25 }],
    ['identity.existing-adfs', { existingAdfs: true }, { federation: 10 }],
    ['identity.third-party-mfa', { thirdPartyMfa: true }, { 'password-hash-sync': 5, 'pass-through': 5 }],
    ['identity.client-ip', { clientIpRestriction: true }, { 'password-hash-sync': 5, 'pass-through': 5 }],
    ['identity.infrastructure', { budget: 'low' }, { federation: -20, 'pass-through': -5 }],
  ] as const)('%s with %j weighs exactly %j', (id, a, effects) => {
    const got = Object.fromEntries(
      advise(a).options.flatMap((o) => o.reasons.filter((r) => r.rule === id).map((r) => [o.method, r.effect])),
    );
    expect(got).toEqual(effects);
  });

  it('quiet rules stay quiet', () => {
    expect(fired({ signInPolicies: false }, 'identity.sign-in-policies')).toEqual([]);
    expect(fired({ budget: 'high', dedicatedAdmin: true }, 'identity.infrastructure')).toEqual([]);
  });

  it('every identity rule has a test above', () => {
    expect(IDENTITY_RULES.map((r) => r.id)).toEqual([
      'identity.simplest',
      'identity.sign-in-policies',
      'identity.existing-adfs',
      'identity.third-party-mfa',
      'identity.client-ip',
      'identity.infrastructure',
    ]);
  });

  it('gives each sign-in method its own words for the same rule', () => {
    const texts = advise({ signInPolicies: true }).options.flatMap((o) =>
      o.reasons.filter((r) => r.rule === 'identity.sign-in-policies').map((r) => r.text),
    );
    expect(new Set(texts).size).toBe(3);
  });

  it('scores add up like the methods’: starting score first, then the effects', () => {
    for (const o of advise({ signInPolicies: true, existingAdfs: true }).options) {
      expect(o.reasons[0]).toMatchObject({ rule: `identity.${o.method}.base`, effect: 50 });
      expect(o.score).toBe(o.reasons.reduce((t, r) => t + (r.effect as number), 0));
    }
  });

  it('applies when accounts keep syncing: staged, hybrid (not express), accounts kept on-premises, or sync running or planned with any method but cutover', () => {
    expect(advise({}, 'staged').applies).toBe(true);
    expect(advise({}, 'cutover').applies).toBe(false);
    expect(advise({ directorySync: 'in-place' }, 'cutover').applies).toBe(false);
    expect(advise({}, 'imap').recommended).toBeNull();
    expect(advise({ keepOnPremises: true }, 'imap').applies).toBe(true);
    expect(advise({ directorySync: 'in-place', source: 'google-workspace' }, 'google-workspace').applies).toBe(true);
    expect(advise({ directorySync: 'planned' }, 'third-party').applies).toBe(true);
    expect(advise({ mailboxCount: 20, totalDataGb: 20, directorySync: 'none', keepOnPremises: false }, 'hybrid').applies).toBe(false);
  });

  it('keeps hash sync as the backup (saying nothing more is needed when it is the choice), recommends three pass-through agents, and explains pass-through sign-in', () => {
    const a = advise({});
    expect(a.backup).toMatch(/^Password hash sync is also the backup Microsoft recommends/);
    expect(advise({ signInPolicies: true }).backup).toBe(
      'Turn on password hash sync as well: if every authentication agent fails, you can switch sign-in to it and people keep working.',
    );
    expect(a.options.find((o) => o.method === 'pass-through')!.cons[0]).toMatch(/recommends 3 agents/);
    expect(a.howPassThroughWorks.length).toBeGreaterThanOrEqual(5);
  });

  it('is part of the advice, with the contract’s identity ids', () => {
    const advice = assess({ ...baseAnswers, signInPolicies: true, keepOnPremises: true }, { date: ON });
    expect(advice.identity.recommended).toBe('pass-through');
  });
});
