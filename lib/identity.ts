import type { Answers } from './answers';
import type { IdentityAdvice, Method, Reason, SignInMethod, SignInOption } from './advice';
import { REGISTRY } from './methods';
import { byScore, scoreOf } from './score';
import type { SourceId } from './sources';

/** The sign-in methods, in the order ties are broken. */
export const SIGN_IN_METHODS = ['phs', 'pta', 'federation'] as const satisfies readonly SignInMethod[];

export const SIGN_IN_LABELS: Record<SignInMethod, string> = {
  phs: 'Password hash sync',
  pta: 'Pass-through authentication',
  federation: 'Federation (AD FS)',
};

interface IdentityRule {
  id: string;
  purpose: string;
  source: SourceId;
  /** Score changes per sign-in method, with the words that explain them; null when it does not apply. */
  fire: (a: Answers) => { effects: Partial<Record<SignInMethod, number>>; text: string } | null;
}

/** Rules for choosing how synced users sign in (facts §5, M10). */
export const IDENTITY_RULES: readonly IdentityRule[] = [
  {
    id: 'identity.simplest',
    purpose: 'Password hash sync is the default: least to run, and it adds leaked-credential detection.',
    source: 'M10',
    fire: () => ({ effects: { phs: 15 }, text: 'Password hash sync needs nothing on-premises beyond the sync server, and it lets Microsoft spot leaked passwords.' }),
  },
  {
    id: 'identity.sign-in-policies',
    purpose: 'On-premises account states, sign-in hours and password policies apply at sign-in only with PTA or AD FS.',
    source: 'M10',
    fire: (a) =>
      a.signInPolicies === true
        ? { effects: { pta: 30, federation: 15, phs: -25 }, text: 'On-premises rules (disabled or locked accounts, sign-in hours, password expiry) must apply the moment people sign in: pass-through authentication checks each sign-in against your domain controllers.' }
        : null,
  },
  {
    id: 'identity.existing-adfs',
    purpose: 'An AD FS farm already running makes federation cheap to keep.',
    source: 'M10',
    fire: (a) => (a.existingAdfs === true ? { effects: { federation: 25 }, text: 'You already run an AD FS farm, so federation reuses what you have.' } : null),
  },
  {
    id: 'identity.third-party-mfa',
    purpose: 'Third-party MFA and smart-card sign-in need federation.',
    source: 'M10',
    fire: (a) =>
      a.thirdPartyMfa === true
        ? { effects: { federation: 35, phs: -15, pta: -15 }, text: 'Third-party multi-factor or smart-card sign-in is done by your federation service, so it needs AD FS.' }
        : null,
  },
  {
    id: 'identity.client-ip',
    purpose: 'Limiting sign-in by client IP address is a federation feature here.',
    source: 'M10',
    fire: (a) =>
      a.clientIpRestriction === true
        ? { effects: { federation: 25 }, text: 'Sign-in limited by the client’s IP address (for example, staff who may not read mail from home) is done with AD FS client access filtering.' }
        : null,
  },
  {
    id: 'identity.infrastructure',
    purpose: 'Federation adds servers, a public certificate and points of failure; PTA adds agents.',
    source: 'M10',
    fire: (a) =>
      a.dedicatedAdmin === false || a.budget === 'low'
        ? { effects: { federation: -20, pta: -5 }, text: 'With little admin time or a low budget, a federation farm (two servers, two proxies, a public certificate) is a burden; pass-through needs only small agents.' }
        : null,
  },
];

const PROS_CONS: Record<SignInMethod, { pros: string[]; cons: string[] }> = {
  phs: { pros: ['Nothing to run on-premises beyond the sync server', 'Sign-in keeps working if your site is offline', 'Leaked-credential detection'], cons: ['On-premises sign-in hours and account states are not checked at sign-in', 'A hash of the password hash is stored in the cloud'] },
  pta: { pros: ['Every sign-in is checked against your domain controllers', 'No password hash in the cloud', 'Small agents, no inbound firewall openings'], cons: ['At least two agents on-premises for resilience', 'Sign-in stops if every agent or domain controller is unreachable (unless hash sync is the backup)'] },
  federation: { pros: ['Third-party MFA, smart cards and sign-in by client IP', 'Full single sign-on in browsers and Outlook', 'The farm can serve other SAML applications'], cons: ['A server farm, web application proxies and a public certificate to run and renew', 'More points of failure and more cost to set up'] },
};

const PTA_FLOW = [
  'The person enters their name and password on the Microsoft sign-in page.',
  'Microsoft places the name and the password, encrypted with the agent’s public key, in a queue.',
  'An authentication agent on your network, holding an outbound connection open, picks up the request.',
  'The agent decrypts the password and checks it against Active Directory, as any Windows sign-in does.',
  'The domain controller answers: success, wrong password, password expired or account locked.',
  'The agent passes that answer back, and Microsoft signs the person in (or asks for MFA) or refuses.',
];

/**
 * How synced users should sign in, for the recommended migration method.
 * @example identityAdvice({ ...answers, signInPolicies: true }, 'hybrid').recommended // 'pta'
 */
export function identityAdvice(a: Answers, method: Method | null): IdentityAdvice {
  const applies = (method !== null && REGISTRY[method].keepsDirectorySync) || a.keepOnPremises === true;
  const reasons: Record<SignInMethod, Reason[]> = { phs: [], pta: [], federation: [] };
  for (const rule of IDENTITY_RULES) {
    const firing = rule.fire(a);
    if (!firing) continue;
    for (const m of SIGN_IN_METHODS) {
      const effect = firing.effects[m];
      if (effect !== undefined) reasons[m].push({ rule: rule.id, effect, text: firing.text, source: rule.source });
    }
  }
  const options: SignInOption[] = SIGN_IN_METHODS.map((m) => ({ method: m, score: scoreOf(reasons[m]).score, reasons: reasons[m], ...PROS_CONS[m] }));
  options.sort(byScore(SIGN_IN_METHODS, (o: SignInOption) => o.method));
  const recommended = applies ? options[0]!.method : null;
  const summary = applies
    ? `Accounts keep syncing from your Active Directory, so people sign in with their on-premises password: ${SIGN_IN_LABELS[options[0]!.method].toLowerCase()} fits best.`
    : 'With this method accounts live in Microsoft 365 only and sign in with cloud passwords, so no sign-in method needs choosing. If you later sync from Active Directory, the options below apply.';
  return {
    applies,
    summary,
    recommended,
    options,
    backup: 'Whichever you choose, turn on password hash sync as well: if agents or the federation farm fail, you can switch sign-in to it and people keep working.',
    howPassThroughWorks: PTA_FLOW,
  };
}
