import { expect, test } from '@playwright/test';
import { QUESTIONS } from '../lib/questions';
import { expectNoAxeViolations } from './helpers';

const required = 'mailboxes=250&source=exchange-2016&budget=medium&weeks=12&data-gb=600';

for (const q of QUESTIONS) {
  test(`axe: question “${q.label}” without and with an error`, async ({ page }) => {
    const others = new URLSearchParams(required);
    others.delete(q.slug);
    await page.goto(`/questions/${q.slug}?${others}`);
    await expectNoAxeViolations(page);
    // A required question left blank has an error; an optional one left blank is "not known", so give it a wrong answer.
    if (q.required) await page.getByRole('button', { name: 'Continue' }).click();
    else if (q.kind === 'count' || q.kind === 'amount') {
      await page.getByLabel(q.title).fill('lots');
      await page.getByRole('button', { name: 'Continue' }).click();
    } else await page.goto(`/questions/${q.slug}?${others}&${q.slug}=tampered`);
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
  });
}

// The 4,000-mailbox hybrid result opens its steps, with long file names like ConfigureExchangeHybridApplication.ps1.
const HYBRID_OPEN = '/results?mailboxes=4000&source=exchange-2016&budget=high&weeks=30&data-gb=12000';
const PHONE_PAGES = ['/', '/questions/source', '/one-page', `/check?${required}`, `/results?${required}`, HYBRID_OPEN, `/compare?${required}&change=budget`, '/exports', `/plan?${required}`];

test('on a 320 px phone nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of PHONE_PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('axe: compare with an error, results with nothing viable-looking notes, the one-page mode with errors', async ({ page }) => {
  await page.goto(`/compare?${required}&change=source&to=exchange-9`);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/results?mailboxes=8000&source=google-workspace&budget=low&weeks=1&data-gb=90000&calendars=yes&largest-mailbox-gb=300');
  await expect(page.getByRole('complementary', { name: 'Note' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/one-page?mailboxes=0&weeks=abc');
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
  await expectNoAxeViolations(page);
});
