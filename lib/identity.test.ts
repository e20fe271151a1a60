import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { assess } from './assess';
import { IDENTITY_RULES, identityAdvice } from './identity';
import { baseAnswers, ON } from './test/arbitraries';

const advise = (a: Partial<Answers>, method: 'hybrid' | 'cutover' | 'staged' | 'imap' = 'hybrid') => identityAdvice({ ...baseAnswers, ...a }, method);
const fired = (a: Partial<Answers>, id: string) => advise(a).options.flatMap((o) => o.reasons).filter((r) => r.rule === id);

describe('sign-in advice', () => {
  it('recommends password hash sync by default', () => {
    expect(advise({}).recommended).toBe('phs');
  });

  it('identity.sign-in-policies: on-premises rules at sign-in point to pass-through authentication', () => {
    expect(advise({ signInPolicies: true }).recommended).toBe('pta');
    expect(fired({ signInPolicies: true }, 'identity.sign-in-policies').length).toBeGreaterThan(0);
    expect(fired({ signInPolicies: false }, 'identity.sign-in-policies')).toEqual([]);
  });

  it('identity.third-party-mfa: third-party MFA or smart cards point to federation', () => {
    expect(advise({ thirdPartyMfa: true }).recommended).toBe('federation');
    expect(fired({ thirdPartyMfa: false }, 'identity.third-party-mfa')).toEqual([]);
  });

  it('identity.existing-adfs and identity.client-ip: an AD FS farm plus IP limits keep federation', () => {
    expect(advise({ existingAdfs: true, clientIpRestriction: true }).recommended).toBe('federation');
    expect(fired({ existingAdfs: true }, 'identity.existing-adfs')[0]?.effect).toBeGreaterThan(0);
    expect(fired({ clientIpRestriction: true }, 'identity.client-ip')[0]?.effect).toBeGreaterThan(0);
  });

  it('identity.infrastructure: a low budget counts against running a federation farm', () => {
    expect(fired({ budget: 'low' }, 'identity.infrastructure').find((r) => typeof r.effect === 'number' && r.effect < 0)).toBeDefined();
    expect(fired({ budget: 'high', dedicatedAdmin: true }, 'identity.infrastructure')).toEqual([]);
  });

  it('identity.simplest always credits hash sync', () => {
    expect(fired({}, 'identity.simplest')[0]?.effect).toBeGreaterThan(0);
  });

  it.each([
    ['identity.simplest', {}, { phs: 15 }],
    ['identity.sign-in-policies', { signInPolicies: true }, { pta: 30, federation: 15, phs: -25 }],
    ['identity.existing-adfs', { existingAdfs: true }, { federation: 25 }],
    ['identity.third-party-mfa', { thirdPartyMfa: true }, { federation: 35, phs: -15, pta: -15 }],
    ['identity.client-ip', { clientIpRestriction: true }, { federation: 25 }],
    ['identity.infrastructure', { budget: 'low' }, { federation: -20, pta: -5 }],
  ] as const)('%s with %j weighs exactly %j', (id, a, effects) => {
    const got = Object.fromEntries(advise(a).options.flatMap((o) => o.reasons.filter((r) => r.rule === id).map((r) => [o.method, r.effect])));
    expect(got).toEqual(effects);
  });

  it('every identity rule has a test above', () => {
    const source = IDENTITY_RULES.map((r) => r.id);
    expect(source).toEqual(['identity.simplest', 'identity.sign-in-policies', 'identity.existing-adfs', 'identity.third-party-mfa', 'identity.client-ip', 'identity.infrastructure']);
  });

  it('applies to staged and hybrid (directory sync stays), not to cutover or IMAP unless accounts stay on-premises', () => {
    expect(advise({}, 'staged').applies).toBe(true);
    expect(advise({}, 'cutover').applies).toBe(false);
    expect(advise({}, 'imap').recommended).toBeNull();
    expect(advise({ keepOnPremises: true }, 'imap').applies).toBe(true);
  });

  it('always says to keep hash sync as a backup and explains pass-through sign-in', () => {
    const a = advise({ thirdPartyMfa: true });
    expect(a.backup).toMatch(/password hash sync/);
    expect(a.howPassThroughWorks.length).toBeGreaterThanOrEqual(5);
  });

  it('is part of the advice, with every contract field kept', () => {
    const advice = assess({ ...baseAnswers, signInPolicies: true, keepOnPremises: true }, { date: ON });
    expect(advice.identity.recommended).toBe('pta');
    expect(Object.keys(advice)).toEqual(expect.arrayContaining(['rulesVersion', 'recommended', 'ranking']));
  });
});
