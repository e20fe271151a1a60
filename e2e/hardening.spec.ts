import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { QUESTIONS } from '../lib/questions';
import { expectNoAxeViolations, isPlainPage, NONCE_SCRIPT_POLICY, PLAIN_SCRIPT_POLICY } from './helpers';

const answers = 'mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes';
/** Every route a person can reach, with answers where it needs them (a question of each kind: number, choice, yes/no). */
const KINDS = ['count', 'amount', 'choice', 'yes-no'].map((kind) => QUESTIONS.find((q) => q.kind === kind)!.slug);
const PAGES = [
  '/',
  '/smtp',
  '/one-page',
  '/questions',
  ...KINDS.map((slug) => `/questions/${slug}?${answers}`),
  `/check?${answers}`,
  `/results?${answers}`,
  `/compare?${answers}&change=mailboxes&to=400`,
  '/no-such-page',
];

/** Addresses whose percent-encoding cannot be decoded: a lone %, a cut-off escape, bytes that are not UTF-8. */
const BAD_ENCODINGS = [
  '/questions/%ff',
  '/%E0%A4%A',
  '/results?x=%',
  '/questions/mailboxes?mailboxes=%zz',
  '/smtp?text=%C0%AF',
  '/one-page/%',
  '/check?%E2%82',
  '/compare?change=%80',
];
const METHODS = ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS'];

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy'], what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(h['x-powered-by'], what).toBeUndefined();
}

/** The server's own output (playwright.config.ts writes it to reports/e2e-server.log). */
function serverLog(): string {
  const path = 'reports/e2e-server.log';
  expect(existsSync(path), 'the e2e server log exists').toBe(true);
  return readFileSync(path, 'utf8');
}

test('a malformed percent-encoding is a 400 page with the security headers, not a bare 500', async ({ request }) => {
  for (const path of BAD_ENCODINGS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    expectSecurityHeaders(response, path);
    const body = await response.text();
    expect(body, path).toContain('<h1>This address cannot be read</h1>');
    expect(body, path).not.toMatch(/Error:|\bat .+\.js:\d+/);
  }
});

test('a method a page does not take is a 405 with Allow and the security headers; TRACE too', async ({ request }) => {
  const takesPost = ['/smtp', '/answers-file'];
  for (const path of ['/', '/results', `/questions/mailboxes?${answers}`, '/report', '/icon.svg', ...takesPost]) {
    for (const method of METHODS) {
      const response = await request.fetch(path, { method });
      const what = `${method} ${path}`;
      expect(response.status(), what).toBe(405);
      expect(response.headers().allow, what).toBe(takesPost.includes(path) ? 'GET, HEAD, POST' : 'GET, HEAD');
      expectSecurityHeaders(response, what);
    }
  }
  // A POST belongs to the bounce lookup and the answers-file reader only.
  const post = await request.post('/results', { form: { text: '550' } });
  expect(post.status()).toBe(405);
  expect(post.headers().allow).toBe('GET, HEAD');
  expect((await request.head('/')).status()).toBe(200);
});

test('hostile requests leave no stack trace and no error in the server log', async ({ request }) => {
  const before = serverLog().length;
  for (const path of BAD_ENCODINGS) await request.get(path);
  for (const method of METHODS) await request.fetch('/results', { method });
  // Past Next's 1 MB server-action limit Next would log a stack and answer a bare 500: the guard answers 413 first.
  const huge = await request.post('/smtp', { multipart: { text: `550 ${'z'.repeat(1_100_000)}` } });
  expect(huge.status()).toBe(413);
  expectSecurityHeaders(huge, 'POST /smtp of 1.1 MB');
  expect(await huge.text()).toContain('The text is too long');
  const added = serverLog().slice(before);
  expect(added).not.toMatch(/^\s+at /m);
  expect(added).not.toMatch(/Error/);
});

test('the 400 page reads well and passes axe', async ({ page }) => {
  const response = await page.goto('/questions/%ff');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This address cannot be read');
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expectNoAxeViolations(page);
});

test('HTML answered to a prefetch or a router request carries the CSP: nonce-based, or on the plain start and results pages scripts of this site only', async ({ request }) => {
  const prefetches: Record<string, string>[] = [
    { Purpose: 'prefetch' },
    { 'Sec-Purpose': 'prefetch' },
    { 'Next-Router-Prefetch': '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { RSC: '1' },
  ];
  for (const path of ['/', `/results?${answers}`, '/one-page', '/smtp', `/check?${answers}`]) {
    for (const headers of prefetches) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      const what = `${path} ${JSON.stringify(headers)}`;
      expect(response.status(), what).toBeLessThan(400);
      expect(response.headers()['content-security-policy'], what).toMatch(isPlainPage(path) ? PLAIN_SCRIPT_POLICY : NONCE_SCRIPT_POLICY);
    }
  }
});

for (const path of PAGES) {
  test(`no console error and no uncaught error on ${path.split('?')[0]} (Permissions-Policy names only features Chromium knows)`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The one page meant to be missing logs its own 404 status; nothing else may appear.
    const expected = response?.status() === 404 ? [expect.stringMatching(/status of 404/)] : [];
    expect(errors).toEqual(expected);
  });
}

test('the web import reads an answers file saved by Windows PowerShell 5.1 (UTF-16LE with a byte-order mark), as the CLI does', async ({
  page,
}) => {
  const json = JSON.stringify({
    version: 1,
    mailboxCount: 2600,
    source: 'exchange-2007',
    budget: 'medium',
    timelineWeeks: 20,
    totalDataGb: 5000,
  });
  await page.goto(`/results?${answers}`);
  await page
    .getByLabel('Open answers')
    .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(`\uFEFF${json}`, 'utf16le') });
  await expect(page).toHaveURL(/mailboxes=2600/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: Staged migration');
});

test('an answer too long to be one is refused with a message, never cut to something valid, and shown whole', async ({ page }) => {
  const padded = `250${' '.repeat(61)}999`;
  const others = 'source=exchange-2016&budget=medium&weeks=12&data-gb=600';
  await page.goto(`/questions/mailboxes?${others}&mailboxes=${encodeURIComponent(padded)}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('(this answer is 67 characters long)');
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue(padded);
  await page.goto(`/results?${others}&mailboxes=${encodeURIComponent(padded)}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Recommended');
});

/** A page served as plain HTML: the fixed policy without a nonce, no Next data, and only `script`; returns its HTML. */
async function expectPlainPage(request: APIRequestContext, path: string, script: string): Promise<string> {
  const response = await request.get(path);
  const html = await response.text();
  expect(response.headers()['content-security-policy']).toMatch(PLAIN_SCRIPT_POLICY);
  expect(response.headers()['content-security-policy']).not.toMatch(/nonce|strict-dynamic/);
  expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([script]);
  expect(html).not.toContain('__next_f');
  expect(html).not.toContain('__NEXT_DATA__');
  return html;
}

test('the results page is plain HTML: no inline script or component data, one script of this site, a policy without a nonce', async ({ request, page }) => {
  const html = await expectPlainPage(request, `/results?${answers}`, '<script src="/results-page.js" defer="">');
  // Two requests for the same answers on the same day get the same page: nothing in it varies per request.
  expect(await (await request.get(`/results?${answers}`)).text()).toBe(html);
  // And the page's buttons still work with that policy (no console error, the script ran).
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`/results?${answers}`);
  await expect(page.getByText(/^Share link, to reopen these answers and this advice: http/)).toBeAttached();
  expect(errors).toEqual([]);
});

test('the one-page form is plain HTML: filled in from the address, no inline script or component data, one module script of this site', async ({ request, page }) => {
  const html = await expectPlainPage(request, `/one-page?${answers}`, '<script type="module" src="/one-page/one-page.js">');
  // The advice is in the page as sent, before any script runs.
  expect(html).toContain('data-testid="live-recommendation"');
  expect(await (await request.get(`/one-page?${answers}`)).text()).toBe(html);
  // Its script runs under that policy: the form is marked ready, with no console error.
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`/one-page?${answers}`);
  await expect(page.getByRole('form', { name: 'Migration questions' })).toHaveAttribute('data-ready', 'true');
  expect(errors).toEqual([]);
});

test('the start page is a static HTML page with no script at all, under the same policy', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toMatch(PLAIN_SCRIPT_POLICY);
  const html = await response.text();
  expect(html).not.toMatch(/<script\b/);
  expect(html).toContain('<h1 class="text-3xl font-bold">How should your organisation move its mail to Microsoft 365?</h1>');
});

test('the answers-file reader takes a file by POST and answers in JSON: the answers to open, or the problems in words; past its size, a clear problem or a 413', async ({ request }) => {
  const good = await request.post('/answers-file', { data: Buffer.from('\ufeff{"version":1,"mailboxCount":300,"source":"exchange-2016","budget":"low","timelineWeeks":8,"totalDataGb":900}') });
  expect(good.status()).toBe(200);
  expect((await good.json()).query).toMatch(/^mailboxes=300&source=exchange-2016&budget=low&weeks=8&data-gb=900/);
  const bad = await request.post('/answers-file', { data: Buffer.from('{"version":1,"mailboxCount":300,"colour\\u001b[2J":1}') });
  expect(bad.status()).toBe(200);
  const { problems } = (await bad.json()) as { problems: string[] };
  expect(problems).toContain('Current mail system: select where your mail is now');
  expect(problems.join('\n')).not.toContain('\u001b');
  const large = await request.post('/answers-file', { data: Buffer.alloc(150_000, 32) });
  expect(large.status()).toBe(200);
  expect((await large.json()).problems).toEqual([expect.stringMatching(/^The file is too large to be an answers file/)]);
  const huge = await request.post('/answers-file', { data: Buffer.alloc(400_000, 32) });
  expect(huge.status()).toBe(413);
  expectSecurityHeaders(huge, 'POST /answers-file of 400 kB');
});
