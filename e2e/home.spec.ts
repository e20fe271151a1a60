import { expect, test } from '@playwright/test';
import { METHOD_DEFINITIONS } from '../lib/methods';
import { expectNoAxeViolations } from './helpers';

test('the start page says what the advisor does and leads to the questions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('move its mail to Microsoft 365');
  for (const { label: name } of METHOD_DEFINITIONS) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/\/questions/);
});
