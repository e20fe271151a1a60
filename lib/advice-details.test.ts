import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { OPTIONAL_FIELDS } from './answers';
import type { Method } from './advice';
import { assess } from './assess';
import { formatMarkdown } from './report/markdown';
import { formatText } from './report/text';
import { baseAnswers, ON } from './test/arbitraries';

const advise = (a: Partial<Answers>) => assess({ ...baseAnswers, ...a }, { date: ON, whatWouldChange: false });
const stepIds = (a: Partial<Answers>, method: Method) => advise(a).plans[method]!.steps.map((s) => s.id);
const stepText = (a: Partial<Answers>, method: Method, id: string) => advise(a).plans[method]!.steps.find((s) => s.id === id)?.text ?? '';
const noteIds = (a: Partial<Answers>) => advise(a).notes.map((n) => n.id);

describe('tailored steps', () => {
  it('cutover: turning sync off says what it does to the synced accounts; groups and delegates are checked', () => {
    expect(stepText({ directorySync: 'in-place' }, 'cutover', 'turn-off-sync')).toMatch(
      /cloud-only with no on-premises source; if you sync again later, each must be matched/,
    );
    expect(stepIds({ directorySync: 'none' }, 'cutover')).not.toContain('turn-off-sync');
    expect(stepIds({}, 'cutover')).toEqual(expect.arrayContaining(['groups', 'delegates']));
    expect(stepIds({ delegatesAcrossTeams: false, sharedMailboxes: 0 }, 'cutover')).not.toContain('delegates');
  });

  it('cutover and staged from Exchange 2003 plan around TLS 1.2', () => {
    expect(stepIds({ source: 'exchange-2003' }, 'cutover')).toContain('tls');
    expect(stepIds({ source: 'exchange-2003' }, 'staged')).toContain('tls');
    expect(stepIds({ source: 'exchange-2007' }, 'staged')).not.toContain('tls');
  });

  it('finds large items from just over the method’s item limit', () => {
    expect(stepIds({ largestItemMb: 150 }, 'cutover')).not.toContain('large-items');
    expect(stepIds({ largestItemMb: 151 }, 'cutover')).toContain('large-items');
    expect(stepIds({ source: 'imap-other', largestItemMb: 35 }, 'imap')).not.toContain('large-items');
    expect(stepIds({ source: 'imap-other', largestItemMb: 36 }, 'imap')).toContain('large-items');
  });

  it('IMAP creates users first only when directory sync does not already create them', () => {
    const ids = stepIds({ source: 'imap-other' }, 'imap');
    expect(ids.indexOf('create-users')).toBeLessThan(ids.indexOf('endpoint-batch'));
    expect(stepIds({ source: 'imap-other', directorySync: 'in-place' }, 'imap')).toEqual(expect.arrayContaining(['synced-users']));
    expect(stepIds({ source: 'imap-other', directorySync: 'in-place' }, 'imap')).not.toContain('create-users');
  });

  it('IMAP from Google needs IMAP on, 2-Step Verification and app passwords', () => {
    expect(stepText({ source: 'google-workspace' }, 'imap', 'google-prep')).toMatch(/2-Step Verification and create an app password/);
  });

  it('hybrid: supported build first, the dedicated hybrid app for full hybrid, Entra Connect’s hybrid option, licences', () => {
    expect(stepIds({ onLatestCu: false }, 'hybrid')[0]).toBe('update-cu');
    expect(stepText({ source: 'exchange-2019', onLatestCu: false }, 'hybrid', 'update-cu')).toMatch(
      /CU14 or CU15 with its last security update/,
    );
    expect(stepIds({ onLatestCu: true }, 'hybrid')).not.toContain('update-cu');
    expect(stepIds({ needCoexistence: true }, 'hybrid')).toContain('hybrid-app');
    expect(stepIds({}, 'hybrid')).not.toContain('hybrid-app');
    expect(stepText({}, 'hybrid', 'set-up-sync')).toMatch(/Exchange hybrid deployment option/);
    expect(stepIds({}, 'hybrid')).toContain('licences');
  });

  it('hybrid from 2010 or 2013 adds a supported server only for full hybrid', () => {
    expect(stepIds({ source: 'exchange-2013', needCoexistence: true }, 'hybrid')).toContain('hybrid-server');
    expect(stepIds({ source: 'exchange-2013' }, 'hybrid')).not.toContain('hybrid-server');
  });

  it('full hybrid keeps Autodiscover on-premises while any mailbox remains; minimal and express move MX after the last batch', () => {
    expect(stepText({ needCoexistence: true }, 'hybrid', 'switch-mx')).toMatch(
      /keep Autodiscover pointing on-premises while any mailbox is still there/,
    );
    expect(stepText({}, 'hybrid', 'switch-mx')).toMatch(/^After the last batch, point MX and then Autodiscover at Microsoft 365/);
  });

  it('says what happens to the last server: the management tools from Exchange 2013 on, one server kept for 2010', () => {
    expect(stepText({ source: 'exchange-2019' }, 'hybrid', 'last-server')).toMatch(/shut the server down \(do not uninstall it\)/);
    expect(stepText({ source: 'exchange-2016' }, 'hybrid', 'last-server')).toMatch(
      /Exchange Server 2019 CU12 \(or later\) management tools, which update the Active Directory schema/,
    );
    expect(stepText({ source: 'exchange-2010' }, 'hybrid', 'last-server')).toMatch(/keep one server/);
  });

  it('express syncs users once; minimal and full keep Entra Connect with its hybrid option', () => {
    const small = { mailboxCount: 100, totalDataGb: 200, directorySync: 'none' as const, keepOnPremises: false };
    expect(stepIds(small, 'hybrid')).toContain('sync-once');
    expect(stepIds(small, 'hybrid')).not.toContain('set-up-sync');
  });

  it('full hybrid from Exchange 2010 or 2013 replaces their servers with one that can still join, never SE', () => {
    expect(stepText({ source: 'exchange-2013', needCoexistence: true }, 'hybrid', 'hybrid-server')).toMatch(
      /add Exchange 2019 CU14 \(or 2016 CU23\), the newest that can join/,
    );
    expect(stepText({ source: 'exchange-2010', needCoexistence: true }, 'hybrid', 'hybrid-server')).toMatch(/add Exchange 2016 CU23/);
  });

  it('cutover with directory sync only planned holds it, rather than switching off what does not run', () => {
    expect(stepIds({ source: 'exchange-2013', mailboxCount: 100, directorySync: 'planned' }, 'cutover')).toEqual(
      expect.arrayContaining(['hold-sync']),
    );
    expect(stepIds({ source: 'exchange-2013', mailboxCount: 100, directorySync: 'planned' }, 'cutover')).not.toContain('turn-off-sync');
  });

  it('hybrid moves people who act for each other together, and public folders in their own batch', () => {
    expect(stepText({}, 'hybrid', 'batches')).toMatch(/act for each other .* move together/);
    expect(stepIds({ publicFoldersGb: 0 }, 'hybrid')).not.toContain('public-folders');
    expect(stepText({ publicFoldersGb: 40 }, 'hybrid', 'public-folders')).toMatch(/one separate batch/);
  });

  it('Google Workspace migration: Cloud project, routing subdomains, what does not move', () => {
    const g = { source: 'google-workspace' as const };
    expect(stepIds(g, 'google-workspace')).toEqual(
      expect.arrayContaining(['google-project', 'google-scopes', 'routing', 'mail-users', 'retention', 'tell-people']),
    );
    expect(stepText(g, 'google-workspace', 'tell-people')).toMatch(
      /vacation replies, room bookings and shared calendars \(mail rules do move\)/,
    );
    expect(stepIds(g, 'google-workspace').indexOf('batches')).toBeLessThan(stepIds(g, 'google-workspace').indexOf('switch-mx'));
    expect(stepText(g, 'google-workspace', 'switch-mx')).toMatch(/^After the last batch is completed/);
    expect(stepText({ ...g, directorySync: 'in-place' }, 'google-workspace', 'synced-users')).toMatch(
      /mail-enable everyone who will move on-premises/,
    );
  });

  it('a migration tool is checked for Microsoft Graph before it is bought', () => {
    expect(stepIds({ source: 'hosted-exchange' }, 'third-party').slice(0, 3)).toEqual(['shortlist', 'graph', 'access']);
  });
});

describe('plans', () => {
  it('exist for every possible method and for no ruled-out one', () => {
    const advice = advise({ source: 'exchange-2007', mailboxCount: 2600 });
    for (const r of advice.ranking) expect(advice.plans[r.method] !== undefined).toBe(r.viable);
  });
});

describe('hybrid flavour (facts §9)', () => {
  const flavour = (a: Partial<Answers>) => advise(a).plans.hybrid?.flavour;
  it('is full for shared free/busy, for people on both sides for months, or an estate too large for a couple of months', () => {
    expect(flavour({ needCoexistence: true })?.kind).toBe('full');
    expect(flavour({ mailboxCount: 2000, keepOnPremises: true, timelineWeeks: 16, totalDataGb: 4000 })?.kind).toBe('full');
    expect(flavour({ mailboxCount: 30_000, timelineWeeks: 6, totalDataGb: 80_000 })?.kind).toBe('full');
    expect(flavour({ mailboxCount: 250, largestMailboxGb: 60 })?.kind).toBe('minimal');
  });

  it('is minimal for a move of weeks with sync continuing and no coexistence', () => {
    expect(flavour({ mailboxCount: 2000, timelineWeeks: 3, totalDataGb: 4000 })?.kind).toBe('minimal');
    expect(flavour({ mailboxCount: 300, directorySync: 'in-place' })?.kind).toBe('minimal');
  });

  it('is express only when the moves fit in about two weeks and sync will not continue', () => {
    expect(flavour({ mailboxCount: 100, totalDataGb: 200, directorySync: 'none', keepOnPremises: false })?.kind).toBe('express');
    expect(flavour({ mailboxCount: 100, totalDataGb: 200, directorySync: 'in-place' })?.kind).toBe('minimal');
    expect(flavour({ mailboxCount: 100, totalDataGb: 200 })?.kind).toBe('minimal');
    expect(flavour({ mailboxCount: 600, totalDataGb: 600, directorySync: 'none', keepOnPremises: false })?.kind).toBe('minimal');
  });

  it('shows why', () => {
    expect(flavour({ needCoexistence: true })?.text).toMatch(/^Full hybrid: people need shared free\/busy/);
    expect(flavour({ mailboxCount: 2000, keepOnPremises: true, timelineWeeks: 16, totalDataGb: 4000 })?.text).toMatch(
      /will spread over your 16 weeks, so people will likely sit on both sides for weeks\. If nobody needs free\/busy meanwhile, minimal hybrid is enough\./,
    );
    expect(flavour({})?.text).toMatch(/It assumes nobody needs free\/busy or mail flow between the two sides meanwhile/);
  });
});

describe('notes', () => {
  it('warn about mailboxes over the plan quota and over what can be moved', () => {
    expect(noteIds({ largestMailboxGb: 60 })).toContain('mailbox-quota');
    expect(noteIds({ largestMailboxGb: 250 })).toContain('mailbox-too-large');
    expect(noteIds({ largestMailboxGb: 20 })).toEqual(expect.not.arrayContaining(['mailbox-quota', 'mailbox-too-large']));
  });

  it('raise out-of-support sources as a risk without ruling anything out', () => {
    expect(noteIds({ source: 'exchange-2010' })).toContain('source-out-of-support');
    expect(noteIds({ source: 'exchange-se' })).not.toContain('source-out-of-support');
  });
});

describe('assumptions', () => {
  it('list one assumption per optional answer with one, none when all are given', () => {
    expect(assess(baseAnswers, { date: ON }).assumptions).toHaveLength(OPTIONAL_FIELDS.length);
    const full: Answers = {
      ...baseAnswers,
      keepOnPremises: false,
      directorySync: 'none',
      needCoexistence: false,
      moveCalendarContacts: true,
      largestMailboxGb: 10,
      largestItemMb: 20,
      dedicatedAdmin: true,
      onLatestCu: true,
      publicFoldersGb: 0,
      sharedMailboxes: 4,
      archives: 'none',
      delegatesAcrossTeams: false,
      smtpRelayDevices: false,
      uploadMbps: 100,
      signInPolicies: false,
      existingAdfs: false,
      thirdPartyMfa: false,
      clientIpRestriction: false,
    };
    expect(assess(full, { date: ON }).assumptions).toEqual([]);
  });
});

describe('what would change the answer', () => {
  it('names the lever that would turn a small organisation keeping its accounts on-premises from hybrid to cutover', () => {
    const small: Answers = {
      version: 1,
      mailboxCount: 35,
      source: 'exchange-2013',
      budget: 'low',
      timelineWeeks: 8,
      totalDataGb: 70,
      keepOnPremises: true,
    };
    const advice = assess(small, { date: ON });
    expect(advice.recommended).toBe('hybrid');
    expect(advice.whatWouldChange?.find((c) => c.field === 'keepOnPremises')).toMatchObject({
      to: false,
      recommended: 'cutover',
      text: 'Keep accounts managed on-premises: No instead of Yes — cutover would come first.',
    });
  });

  it('tries only levers, in the direction that helps: never the source, the mailbox count or the data, never less time or less budget', () => {
    const fields = new Set<string>();
    for (const a of [
      baseAnswers,
      { ...baseAnswers, mailboxCount: 150 },
      { ...baseAnswers, source: 'exchange-2007' as const, budget: 'high' as const },
    ]) {
      for (const c of assess(a, { date: ON }).whatWouldChange ?? []) {
        fields.add(c.field);
        if (c.field === 'timelineWeeks') expect(c.to as number).toBeGreaterThan(a.timelineWeeks);
        if (c.field === 'directorySync') expect(c.to).not.toBe('none');
      }
    }
    for (const fact of ['source', 'mailboxCount', 'totalDataGb']) expect(fields.has(fact)).toBe(false);
  });

  it('never offers less time, even where less time would change the answer', () => {
    const hosted: Answers = {
      version: 1,
      mailboxCount: 35,
      source: 'hosted-exchange',
      budget: 'medium',
      timelineWeeks: 4,
      totalDataGb: 105,
    };
    expect(assess({ ...hosted, timelineWeeks: 1 }, { date: ON, whatWouldChange: false }).recommended).not.toBe(
      assess(hosted, { date: ON, whatWouldChange: false }).recommended,
    );
    expect(
      assess(hosted, { date: ON }).whatWouldChange?.filter((c) => c.field === 'timelineWeeks' && (c.to as number) < hosted.timelineWeeks),
    ).toEqual([]);
  });

  it('says the recommendation holds when no lever changes it, in every report', () => {
    const settled: Answers = {
      version: 1,
      mailboxCount: 35,
      source: 'exchange-2013',
      budget: 'low',
      timelineWeeks: 2,
      totalDataGb: 70,
      directorySync: 'none',
      keepOnPremises: false,
    };
    const advice = assess(settled, { date: ON });
    expect(advice.recommended).toBe('cutover');
    expect(advice.whatWouldChange).toEqual([]);
    const holds =
      'No single change the organisation can make (a longer timeline, more budget or upload, a requirement relaxed) would put another method before cutover: the recommendation holds.';
    expect(formatText(settled, advice)).toContain(`What would change the answer:\n  ${holds}`);
    expect(formatMarkdown(settled, advice)).toContain(`## What would change the answer\n\n${holds}`);
  });

  it('can be left out for speed', () => {
    expect(advise({}).whatWouldChange).toBeUndefined();
  });
});
