import { readFileSync } from 'node:fs';
import { QUESTIONS } from '../lib/questions';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/** Presses Tab until the focused element has this accessible name (as a keyboard user would), failing after 60 presses. */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

test('keyboard only: from the start page to a downloaded report', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'Start now');
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('How many mailboxes will move?')).toBeVisible();
  await tabTo(page, 'How many mailboxes will move?');
  await page.keyboard.type('120');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Where is your mail now?' })).toBeVisible();
  await tabTo(page, 'Exchange Server 2003');
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Exchange Server 2016' })).toBeChecked();
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'What budget is there for the move?' })).toBeVisible();
  await tabTo(page, 'Low');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('How many weeks until the move must be finished?')).toBeVisible();
  await tabTo(page, 'How many weeks until the move must be finished?');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('How much mail data is there in total, in gigabytes?')).toBeVisible();
  await tabTo(page, 'How much mail data is there in total, in gigabytes?');
  await page.keyboard.type('240');
  await page.keyboard.press('Enter');

  await expect(page.getByText(`Optional question 1 of ${QUESTIONS.filter((q) => !q.required).length}`)).toBeVisible();
  await tabTo(page, 'Skip the rest and see the advice');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await tabTo(page, 'See the advice');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: Cutover migration');
  await tabTo(page, 'More ways to save');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Download Markdown report (.md)');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const text = readFileSync(await (await downloading).path(), 'utf8');
  expect(text).toContain('**Recommended: Cutover migration.**');
  await expectNoAxeViolations(page);
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/questions/source?mailboxes=120');
  await tabTo(page, 'Exchange Server 2003');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

const REQUIRED = 'mailboxes=250&source=exchange-2016&budget=medium&weeks=12&data-gb=600';

test('keyboard only: tabbing past an unanswered optional question and Continue moves on, recorded as not known', async ({ page }) => {
  await page.goto(`/questions/keep-accounts?${REQUIRED}`);
  await tabTo(page, 'Yes');
  await expect(page.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/questions\/dir-sync\?.*keep-accounts=unknown/);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);
  await expect(page.getByText('Invalid input')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('keyboard only: on the one-page form, optional questions tabbed past count as “I don’t know”', async ({ page }) => {
  await page.goto(`/one-page?${REQUIRED}`);
  await tabTo(page, 'Check answers and see the full advice');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page).toHaveURL(/keep-accounts=unknown/);
  await expect(page).toHaveURL(/ip-limits=unknown/);
  await expect(page.getByText('Invalid input')).toHaveCount(0);
  // Check answers reads them as the results do.
  const row = (label: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(row('Directory sync')).toHaveText('Not known');
  await expect(page.getByText('I don’t know')).toHaveCount(0);
});
