import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const FILLED = 'mailboxes=35&source=exchange-2013&budget=low&weeks=2&data-gb=70';
const CU_QUESTION = 'Are your Exchange servers on the current or previous cumulative update (CU)?';

test('one-page on a 1280×720 projector: the advice panel fits the window and scrolls on its own', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/one-page?${FILLED}`);
  const panel = page.getByRole('complementary', { name: 'Advice so far' });
  await expect(panel.getByTestId('live-recommendation')).toHaveText('Recommended: Cutover migration');
  await page.mouse.wheel(0, 600);
  await expect(async () => {
    const box = (await panel.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
  }).toPass();
  const last = panel.getByRole('list', { name: 'Ranking' }).locator(':scope > li').last();
  await panel.focus();
  await page.keyboard.press('End');
  await expect(last).toBeInViewport();
  await expect(panel.getByRole('list', { name: 'Ranking' })).toContainText(/\d+ out of 100/);
  await expect(panel.getByRole('list', { name: 'Ranking' })).not.toContainText('/100');
  await expectNoAxeViolations(page);
});

test('one-page on a phone: a short “Advice so far” line near the top, and one live region only', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/one-page?${FILLED}`);
  const line = page.getByText(/^Advice so far: Recommended: Cutover migration[,.]/);
  await expect(line).toBeInViewport();
  // The copy buttons' "Copied" messages sit inside the help; the advice has one live region.
  await expect(page.getByRole('main').locator(':is([aria-live], [role="status"], [role="alert"]):not(details *)')).toHaveCount(1);
  await page.getByLabel('How many mailboxes will move?').fill('3000');
  await expect(line).toHaveCount(0);
  await expect(page.getByText(/^Advice so far: Recommended: (?!Cutover)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('one-page hides the questions that do not apply to the mail system, and keeps their answers', async ({ page }) => {
  await page.goto(`/one-page?mailboxes=350&source=google-workspace&budget=medium&weeks=10&data-gb=2800&latest-cu=no`);
  await expect(page.getByRole('group', { name: CU_QUESTION })).toHaveCount(0);
  await expect(page).toHaveURL(/latest-cu=no/);
  await page.getByRole('radio', { name: 'Exchange Server 2016' }).check();
  const cu = page.getByRole('group', { name: CU_QUESTION });
  await expect(cu).toBeVisible();
  await expect(cu.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
});

test('a tampered optional answer in a link is named with its question', async ({ page }) => {
  await page.goto('/results?mailboxes=120&source=exchange-2016&budget=medium&weeks=8&data-gb=300&dir-sync=running');
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Directory sync: select an answer from the list, or “I don’t know”');
  await page.goto('/one-page?mailboxes=120&source=exchange-2016&budget=medium&weeks=8&data-gb=300&dir-sync=running&archives=old');
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Directory sync: select an answer from the list, or “I don’t know”' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Archives: select an answer from the list, or “I don’t know”' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the one-page form still works: filled in from the address, its advice shown, checked on the server, every answer kept', async ({ page }) => {
    await page.goto(`/one-page?${FILLED}&present=1`);
    await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue('35');
    await expect(page.getByTestId('live-recommendation')).toHaveText('Recommended: Cutover migration');
    await page.getByLabel('How many weeks until the move must be finished?').fill('soon');
    await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('link')).toHaveText(['Timeline: enter the number of weeks as a whole number, like 12, or a time such as 3 months']);
    // Back at the page's own address, as a link would share it, with the mode kept.
    await expect(page).toHaveURL(/^[^?]+\/one-page\?mailboxes=35&.*weeks=soon.*&present=1&check=1$/);
    await expect(page.getByLabel('How many weeks until the move must be finished?')).toHaveValue('soon');
    await expect(page).toHaveTitle(/^Error: /);
    await page.getByLabel('How many weeks until the move must be finished?').fill('3 months');
    await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await expect(page).toHaveURL(/\/check\?mailboxes=35&.*weeks=13.*&from=one-page/);
  });
});
