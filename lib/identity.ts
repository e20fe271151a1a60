import type { Answers } from './answers';
import type { IdentityAdvice, Method, Reason, SignInMethod, SignInOption } from './advice';
import { LIMITS } from './facts/limits';
import { REGISTRY } from './methods';
import { byScore, scoreReasons } from './score';
import type { SourceId } from './sources';

/** The sign-in methods, in the order ties are broken: cloud authentication first (M10). */
export const SIGN_IN_METHODS = ['password-hash-sync', 'pass-through', 'federation'] as const satisfies readonly SignInMethod[];

export const SIGN_IN_LABELS: Record<SignInMethod, string> = {
  'password-hash-sync': 'Password hash sync',
  'pass-through': 'Pass-through authentication',
  federation: 'Federation (AD FS)',
};

interface IdentityRule {
  id: string;
  purpose: string;
  source: SourceId;
  /** Each sign-in method the rule moves: its score change and why, in words for that method; null when it does not apply. */
  fire: (a: Answers) => Partial<Record<SignInMethod, readonly [number, string]>> | null;
}

/** Rules for choosing how synced users sign in (facts §5 and §9, M10, M18): cloud authentication first. */
export const IDENTITY_RULES: readonly IdentityRule[] = [
  {
    id: 'identity.simplest',
    purpose: 'Password hash sync is Microsoft’s first choice: least to run, and it adds leaked-credential detection.',
    source: 'M10',
    fire: () => ({ 'password-hash-sync': [15, 'Password hash sync needs nothing on-premises beyond the sync server, keeps sign-in working if your site is offline, and lets Microsoft spot leaked passwords.'] }),
  },
  {
    id: 'identity.sign-in-policies',
    purpose: 'On-premises account states, sign-in hours and password policies apply at sign-in only with pass-through (or federation).',
    source: 'M10',
    fire: (a) =>
      a.signInPolicies === true
        ? {
            'pass-through': [30, 'On-premises rules (disabled or locked accounts, sign-in hours, password expiry) must apply the moment people sign in: pass-through authentication checks each sign-in against your domain controllers, still as cloud authentication.'],
            federation: [5, 'AD FS can apply on-premises sign-in rules too, at the cost of a server farm.'],
            'password-hash-sync': [-25, 'Password hash sync does not check on-premises account states or sign-in hours when people sign in, and you need them to apply.'],
          }
        : null,
  },
  {
    id: 'identity.existing-adfs',
    purpose: 'An AD FS farm running today is a reason to plan leaving it, not to keep it.',
    source: 'M10',
    fire: (a) =>
      a.existingAdfs === true
        ? { federation: [10, 'An AD FS farm runs today, so federation works now; Microsoft’s guidance is to move sign-in to the cloud and retire the farm, keeping it only for a need Entra ID cannot meet.'] }
        : null,
  },
  {
    id: 'identity.third-party-mfa',
    purpose: 'Third-party MFA and smart cards work with cloud authentication; they no longer need federation.',
    source: 'M18',
    fire: (a) => {
      if (a.thirdPartyMfa !== true) return null;
      const text = 'Smart cards work with Entra certificate-based authentication, and a third-party MFA product can plug into Entra ID as an external authentication method (check your vendor supports it): cloud sign-in covers both.';
      return { 'password-hash-sync': [5, text], 'pass-through': [5, text] };
    },
  },
  {
    id: 'identity.client-ip',
    purpose: 'Limiting sign-in by client IP is done with Conditional Access in the cloud.',
    source: 'M18',
    fire: (a) => {
      if (a.clientIpRestriction !== true) return null;
      const text = 'Conditional Access named locations limit access by the client’s IP address in the cloud; they act after the password is checked, which is enough unless a block must come before it.';
      return { 'password-hash-sync': [5, text], 'pass-through': [5, text] };
    },
  },
  {
    id: 'identity.infrastructure',
    purpose: 'Federation adds servers, a public certificate and points of failure; pass-through adds agents.',
    source: 'M10',
    fire: (a) =>
      a.dedicatedAdmin === false || a.budget === 'low'
        ? {
            federation: [-20, 'With little admin time or a low budget, a federation farm (servers, proxies, a public certificate) is a burden.'],
            'pass-through': [-5, `Pass-through needs agents on-premises to keep running (Microsoft recommends ${LIMITS.passThroughAgents.value}), a small burden with little admin time or a low budget.`],
          }
        : null,
  },
];

const PROS_CONS: Record<SignInMethod, { pros: string[]; cons: string[] }> = {
  'password-hash-sync': { pros: ['Nothing to run on-premises beyond the sync server', 'Sign-in keeps working if your site is offline', 'Leaked-credential detection'], cons: ['On-premises sign-in hours and account states are not checked at sign-in', 'A hash of the password hash is stored in the cloud'] },
  'pass-through': { pros: ['Every sign-in is checked against your domain controllers', 'No password hash needed in the cloud', 'Small agents, no inbound firewall openings'], cons: [`Microsoft recommends ${LIMITS.passThroughAgents.value} agents on-premises for resilience`, 'Sign-in stops if every agent or domain controller is unreachable (unless hash sync is the backup)'] },
  federation: { pros: ['Needs Entra ID cannot meet natively (for example sign-in with a sAMAccountName)', 'The farm can serve other SAML applications'], cons: ['A server farm, web application proxies and a public certificate to run and renew', 'More points of failure and more cost', 'Microsoft points organisations to cloud authentication instead'] },
};

const CLOUD_EQUIVALENTS = [
  { need: 'Smart-card sign-in', answer: 'Microsoft Entra certificate-based authentication', source: 'M18' },
  { need: 'A third-party MFA product', answer: 'External authentication methods in Entra ID', source: 'M18' },
  { need: 'Sign-in limited by client IP address', answer: 'Conditional Access named locations', source: 'M18' },
  { need: 'On-premises account rules at sign-in', answer: 'Pass-through authentication', source: 'M10' },
] as const;

const PTA_FLOW = [
  'The person enters their name and password on the Microsoft sign-in page.',
  'Microsoft places the name and the password, encrypted with the agent’s public key, in a queue.',
  'An authentication agent on your network, holding an outbound connection open, picks up the request.',
  'The agent decrypts the password and checks it against Active Directory, as any Windows sign-in does.',
  'The domain controller answers: success, wrong password, password expired or account locked.',
  'The agent passes that answer back, and Microsoft signs the person in (or asks for MFA) or refuses.',
];

/** Whether accounts keep syncing from AD with this method: the method keeps sync, accounts stay on-premises, or sync runs or is planned (a cutover switches it off). */
const keepsSync = (a: Answers, method: Method) => {
  const keeps = REGISTRY[method].keepsDirectorySync;
  if (typeof keeps === 'function' ? keeps(a) : keeps) return true;
  return method !== 'cutover' && (a.directorySync === 'in-place' || a.directorySync === 'planned');
};

/**
 * How synced users should sign in, for the recommended migration method: cloud authentication first (M10, M18).
 * @example identityAdvice({ ...answers, signInPolicies: true }, 'hybrid').recommended // 'pass-through'
 */
export function identityAdvice(a: Answers, method: Method | null): IdentityAdvice {
  const applies = a.keepOnPremises === true || (method !== null && keepsSync(a, method));
  const fired: Record<SignInMethod, Reason[]> = { 'password-hash-sync': [], 'pass-through': [], federation: [] };
  for (const rule of IDENTITY_RULES) {
    const firing = rule.fire(a);
    if (!firing) continue;
    for (const m of SIGN_IN_METHODS) {
      const effect = firing[m];
      if (effect !== undefined) fired[m].push({ rule: rule.id, effect: effect[0], text: effect[1], source: rule.source });
    }
  }
  const options: SignInOption[] = SIGN_IN_METHODS.map((m) => {
    const { score, reasons } = scoreReasons(`identity.${m}`, fired[m], { text: 'Every sign-in option starts at 50; the reasons below move it.', source: 'M10' });
    return { method: m, score, reasons, ...PROS_CONS[m] };
  });
  options.sort(byScore(SIGN_IN_METHODS, (o: SignInOption) => o.method));
  const best = options[0]!.method;
  const summary = applies
    ? `Accounts keep syncing from your Active Directory, so people sign in with their on-premises password: ${SIGN_IN_LABELS[best].toLowerCase()} fits best.`
    : 'With this method accounts live in Microsoft 365 only and sign in with cloud passwords, so no sign-in method needs choosing. If you later sync from Active Directory, the options below apply.';
  const advice: IdentityAdvice = {
    applies,
    summary,
    recommended: applies ? best : null,
    options,
    backup:
      best === 'password-hash-sync'
        ? 'Password hash sync is also the backup Microsoft recommends beside any other sign-in method, so nothing more is needed.'
        : `Turn on password hash sync as well: if ${best === 'federation' ? 'the federation farm fails' : 'every authentication agent fails'}, you can switch sign-in to it and people keep working.`,
    cloudEquivalents: CLOUD_EQUIVALENTS,
    howPassThroughWorks: PTA_FLOW,
  };
  if (a.existingAdfs === true) {
    advice.leaveAdfs = `Plan to leave AD FS: turn on ${SIGN_IN_LABELS[best === 'federation' ? 'password-hash-sync' : best].toLowerCase()}, move groups of users to it with staged rollout, then convert the domains to managed and retire the farm. Keep it only for a documented need Entra ID cannot meet.`;
  }
  return advice;
}
