import { expect, test } from '@playwright/test';
import { isPlainPage, NONCE_SCRIPT_POLICY, PLAIN_SCRIPT_POLICY } from './helpers';

const answers = 'mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes';
const PAGES = ['/', '/smtp?text=550%205.1.1', '/questions/mailboxes', `/questions/source?mailboxes=250`, '/one-page', `/check?${answers}`, `/results?${answers}`, `/compare?${answers}&change=mailboxes&to=400`];

test('every page sends the security headers, with a nonce-based CSP (scripts of this site only on the plain start and results pages) and no unsafe-eval', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const h = response.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toMatch(isPlainPage(path) ? PLAIN_SCRIPT_POLICY : NONCE_SCRIPT_POLICY);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp.match(/script-src[^;]*/)?.[0], path).not.toContain('unsafe-inline');
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('no-referrer');
    expect(h['permissions-policy'], path).toMatch(/camera=\(\).*geolocation=\(\)/);
    expect(h['x-powered-by'], path).toBeUndefined();
  }
});

test('each page loads and works under its CSP: no violation is reported', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/questions/mailboxes');
  await page.getByLabel('How many mailboxes will move?').fill('12');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Where is your mail now?' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('nothing is requested from any host but the app’s own, through a whole journey', async ({ page, baseURL }) => {
  const own = new URL(baseURL!).host;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.host !== own) elsewhere.push(r.url());
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'All questions on one page' }).click();
  await page.getByLabel('How many mailboxes will move?').fill('300');
  await page.getByRole('radio', { name: 'Exchange Server 2016' }).check();
  await page.getByRole('radio', { name: /^Medium/ }).check();
  await page.getByLabel('How many weeks until the move must be finished?').fill('10');
  await page.getByLabel('How much mail data is there in total, in gigabytes?').fill('900');
  await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
  await page.getByRole('link', { name: 'See the advice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Recommended');
  await page.getByRole('link', { name: 'Compare with one answer changed' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare answers');
  expect(elsewhere).toEqual([]);
});

test('answers containing markup are shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  await page.goto(`/check?mailboxes=${encodeURIComponent(markup)}&source=${encodeURIComponent('<script>alert(2)</script>')}`);
  await expect(page.getByRole('definition').filter({ hasText: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await page.goto(`/questions/mailboxes?mailboxes=${encodeURIComponent(markup)}`);
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue(markup.slice(0, 64));
  await page.goto(`/one-page?mailboxes=${encodeURIComponent(markup)}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
