import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const R1 = 'mailboxes=35&source=exchange-2013&budget=low&weeks=2&data-gb=70';
const R5 = 'mailboxes=300&source=exchange-2019&budget=medium&weeks=12&data-gb=900&largest-mailbox-gb=400&adfs=yes&third-party-mfa=yes';

test('a blocker is not called “Fits”, and its sentence is said once in the estimate', async ({ page }) => {
  await page.goto(`/results?${R5}`);
  await page.locator('#method-hybrid summary').click();
  const estimate = page.locator('details[open]').locator('section').filter({ has: page.getByRole('heading', { name: 'How long it may take' }) });
  await expect(estimate.getByText('Blocked', { exact: true })).toBeVisible();
  await expect(estimate.getByText('Fits', { exact: true })).toHaveCount(0);
  await expect(estimate).toContainText('once the blocker below is dealt with');
  await expect(estimate.getByText(/A 400 GB mailbox is over the 200 GB/)).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('results put the ranking first, and list only the answers given', async ({ page }) => {
  await page.goto(`/results?${R1}`);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.indexOf('How the methods compare')).toBeLessThan(headings.indexOf('Your answers'));
  const answers = page.getByRole('region', { name: 'Your answers' });
  await expect(answers.getByRole('term')).toHaveText(['Mailboxes', 'Current mail system', 'Budget', 'Timeline', 'Total mailbox data']);
  await expect(answers.getByRole('definition').filter({ hasText: 'Not known' })).toHaveCount(0);
  await expect(answers.getByText(/^Not known: \d+ questions$/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('with accounts in Microsoft 365 only, no sign-in options are scored, and every score reads “n out of 100”', async ({ page }) => {
  await page.goto(`/results?${R1}`);
  const signIn = page.getByRole('region', { name: 'How people will sign in' });
  await expect(signIn).toContainText('no sign-in method needs choosing');
  await expect(signIn.getByRole('list', { name: 'Sign-in methods' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('/100');
  await expectNoAxeViolations(page);
});

test('phone: reasons keep most of the card’s width, and the action bar has no empty band', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/results?${R1}`);
  await page.locator('#method-cutover summary').click();
  const reason = page.locator('#method-cutover').getByRole('listitem').first();
  const effect = reason.locator('b');
  expect((await effect.boundingBox())!.width).toBeLessThanOrEqual(56);
  expect((await reason.locator('span').first().boundingBox())!.width).toBeGreaterThan(0.7 * (await reason.boundingBox())!.width);
  expect((await page.getByRole('status').boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
});

test('the “Open answers” control shows the same focus ring as every other control', async ({ page }) => {
  await page.goto(`/results?${R1}`);
  await page.getByText('More ways to save').click();
  await page.getByRole('link', { name: 'Download answers (.json)' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Open answers file')).toBeFocused();
  const ring = await page.locator('label[for="open-answers"]').evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
  });
  expect(ring.outline).toBe('solid 3px rgb(255, 191, 71)');
  expect(ring.shadow).toContain('rgb(11, 12, 12)');
});

test('check answers: the hidden part of each “Change” link keeps acronyms in capitals', async ({ page }) => {
  await page.goto(`/check?${R1}`);
  for (const name of ['Change servers on the current or previous CU', 'Change an AD FS farm runs today', 'Change third-party MFA or smart cards', 'Change sign-in limited by client IP']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('compare on a phone: a method newly ruled out says so, and names, scores and radios line up', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/compare?${R1}&change=source&to=exchange-2003`);
  const changed = page.getByRole('list', { name: /^Ranking: With current mail system/ });
  await expect(changed.getByRole('listitem').filter({ hasText: 'Hybrid migration' })).toContainText('(now ruled out)');
  await expect(page.getByRole('main')).not.toContainText('/100');
  const first = changed.getByRole('listitem').first();
  const [name, score] = [(await first.locator('span').nth(0).boundingBox())!, (await first.locator('span').nth(1).boundingBox())!];
  expect(Math.abs(name.y - score.y)).toBeLessThan(2);
  for (const radio of await page.getByRole('radio').all()) expect((await radio.boundingBox())!.width).toBeGreaterThanOrEqual(19.5);
  await expectNoAxeViolations(page);
});

test('the start page says how many questions follow the five, and the first question says it is required', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/Up to \d+ optional questions follow/)).toBeVisible();
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page.getByText('Question 1 of 5', { exact: true })).toBeVisible();
});

test('an unknown address gets a page with the way back, and no console errors or warnings', async ({ page, request }) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  const response = await page.goto('/questions/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('link', { name: 'Answer the questions one at a time' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/');
  // The 404 page's own status is logged once; nothing else (no favicon 404, CSP error or Permissions-Policy warning).
  expect(messages.filter((m) => !m.includes('status of 404 (Not Found)'))).toEqual([]);
  expect(messages.length).toBeLessThanOrEqual(1);
  // A real icon, not a redirect: Chromium logs a redirected or missing favicon.
  const icon = await request.get('/favicon.ico', { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/x-icon');
});
