import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const hybrid = 'mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes&latest-cu=no&dir-sync=in-place';

test('results show the readiness checklist, with the CU upgrade steps when servers are behind', async ({ page }) => {
  await page.goto(`/results?${hybrid}`);
  const section = page.getByRole('region', { name: 'Ready to start a hybrid migration?' });
  const support = section.getByRole('listitem').filter({ hasText: 'Source version in support.' });
  await expect(support).toContainText('Needs work');
  await expect(support).toContainText('even on CU14 or CU15');
  await expect(section.getByRole('listitem').filter({ hasText: 'Directory sync.' })).toContainText('Ready');
  await section.getByText('How to bring the servers to a supported cumulative update').click();
  await expect(section.getByText(/elevated command prompt/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('results show sign-in advice that follows the sign-in answers', async ({ page }) => {
  await page.goto(`/results?${hybrid}&sign-in-rules=yes`);
  const section = page.getByRole('region', { name: 'How people will sign in' });
  await expect(section.getByRole('heading', { level: 3 }).first()).toContainText('Pass-through authentication');
  await expect(section).toContainText('Turn on password hash sync as well: if every authentication agent fails');
  await section.getByText('How pass-through sign-in works').click();
  await expect(section.getByText(/authentication agent on your network/)).toBeVisible();
  await page.goto(`/results?${hybrid}&third-party-mfa=yes&adfs=yes`);
  const cloud = page.getByRole('region', { name: 'How people will sign in' });
  await expect(cloud.getByRole('heading', { level: 3 }).first()).toContainText('Password hash sync');
  await expect(cloud.getByText(/^Plan to leave AD FS/)).toBeVisible();
  await expect(cloud.getByRole('listitem').filter({ hasText: /^A third-party MFA product:/ })).toContainText('External authentication methods in Entra ID');
  await expectNoAxeViolations(page);
});

test('the guided journey asks the sign-in questions as refinements', async ({ page }) => {
  await page.goto('/questions/third-party-mfa?mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500');
  await expect(page.getByRole('heading', { name: 'Do people sign in with a third-party MFA product or smart cards?' })).toBeVisible();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: /limited by where people connect from/ })).toBeVisible();
  await expect(page).toHaveURL(/third-party-mfa=yes/);
});
