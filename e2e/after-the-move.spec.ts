import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const hybrid = 'mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes&latest-cu=no&dir-sync=in-place';

test('results show the readiness checklist, with the CU upgrade steps when servers are behind', async ({ page }) => {
  await page.goto(`/results?${hybrid}`);
  const section = page.getByRole('region', { name: 'Ready to start a hybrid migration?' });
  await expect(section).toContainText('Servers on a supported cumulative update');
  await expect(section.getByRole('listitem').filter({ hasText: 'Servers on a supported cumulative update' })).toContainText('Needs work');
  await expect(section.getByRole('listitem').filter({ hasText: 'Directory sync.' })).toContainText('Ready');
  await section.getByText('How to bring the servers to a supported cumulative update').click();
  await expect(section.getByText(/elevated command prompt/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('results show sign-in advice that follows the sign-in answers', async ({ page }) => {
  await page.goto(`/results?${hybrid}&sign-in-rules=yes`);
  const section = page.getByRole('region', { name: 'How people will sign in' });
  await expect(section.getByRole('heading', { level: 3 }).first()).toContainText('Pass-through authentication');
  await expect(section).toContainText('turn on password hash sync as well');
  await section.getByText('How pass-through sign-in works').click();
  await expect(section.getByText(/authentication agent on your network/)).toBeVisible();
  await page.goto(`/results?${hybrid}&third-party-mfa=yes`);
  await expect(page.getByRole('region', { name: 'How people will sign in' }).getByRole('heading', { level: 3 }).first()).toContainText('Federation (AD FS)');
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

test('mail-flow code lookup: codes inside pasted text explained, temporary or permanent', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bounce code lookup' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('SMTP reply or bounce text').fill("Remote Server returned '550 5.7.230 Message rejected by Exchange Online'\nlater: 4.4.7 and 4.9.77");
  await page.getByRole('button', { name: 'Explain the codes' }).click();
  await expect(page.getByRole('heading', { name: '4 codes found' })).toBeVisible();
  const blocked = page.getByRole('article', { name: '5.7.230' });
  await expect(blocked).toContainText('Permanent: will not be retried');
  await expect(blocked).toContainText('out of date');
  await expect(page.getByRole('article', { name: '4.4.7' })).toContainText('Temporary: will be retried');
  await expect(page.getByRole('article', { name: '4.9.77' })).toContainText('Not in our table');
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue(/550 5\.7\.230/);
  await expectNoAxeViolations(page);
});

test('mail-flow code lookup: empty text and text without a code get clear messages', async ({ page }) => {
  await page.goto('/smtp');
  await page.getByRole('button', { name: 'Explain the codes' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Paste an SMTP reply or a bounce message');
  await expectNoAxeViolations(page);
  await page.getByLabel('SMTP reply or bounce text').fill('the server said no');
  await page.getByRole('button', { name: 'Explain the codes' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('No SMTP code was found');
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue('the server said no');
});
