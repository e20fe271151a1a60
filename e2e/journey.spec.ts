import { expect, test, type Page } from '@playwright/test';
import { isAsked, QUESTIONS, UNKNOWN_LABEL } from '../lib/questions';
import { continueOn, expectNoAxeViolations } from './helpers';

const EXCHANGE = 'mailboxes=120&source=exchange-2016&budget=medium&weeks=8';
const GOOGLE = 'mailboxes=350&source=google-workspace&budget=medium&weeks=10&data-gb=2800';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('browser Back to an earlier question, a changed answer and Continue: every later answer is kept', async ({ page }) => {
  await page.goto(`/questions/data-gb?${EXCHANGE}`);
  await page.getByLabel('How much mail data is there in total, in gigabytes?').fill('300');
  await continueOn(page);
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await continueOn(page);
  await page.getByRole('radio', { name: 'Yes, it is running' }).check();
  await continueOn(page);
  await expect(heading(page)).toHaveText(/calendars while the move is under way/);

  for (let i = 0; i < 3; i++) await page.goBack();
  const dataGb = page.getByLabel('How much mail data is there in total, in gigabytes?');
  await expect(dataGb).toHaveValue('300');
  await dataGb.fill('320');
  await continueOn(page);
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(page).toHaveURL(/data-gb=320&keep-accounts=no&dir-sync=in-place/);
  await page.getByRole('link', { name: 'Skip the rest and see the advice' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  const row = (label: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(row('Keep accounts managed on-premises')).toHaveText('No');
  await expect(row('Directory sync')).toHaveText('In place');
  await expect(row('Total mailbox data')).toHaveText('320 GB');
});

test('an answer typed but not submitted survives reload, Back and Forward, and a visit to another page', async ({ page }) => {
  await page.goto('/questions/budget?mailboxes=120&source=exchange-2016');
  await page.getByRole('radio', { name: /^Medium/ }).check();
  await continueOn(page);
  const weeks = page.getByLabel('How many weeks until the move must be finished?');
  await weeks.fill('8');
  await expect(page).toHaveURL(/weeks=8/);
  await page.reload();
  await expect(weeks).toHaveValue('8');

  await weeks.fill('9');
  await page.goBack();
  await expect(heading(page)).toHaveText('What budget is there for the move?');
  await page.goForward();
  await expect(weeks).toHaveValue('9');

  await page.goto(`/questions/dir-sync?${EXCHANGE}&data-gb=300`);
  await page.getByRole('radio', { name: 'Yes, it is running' }).check();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bounce code lookup' }).click();
  await page.waitForURL(/\/smtp$/);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Yes, it is running' })).toBeChecked();
});

test('a link that opens a question starts from its own answers, not from an earlier journey', async ({ page }) => {
  await page.goto(`/questions/keep-accounts?${EXCHANGE}&data-gb=300`);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await continueOn(page);
  await page.goto('/questions/keep-accounts?mailboxes=40&source=exchange-2019&budget=low&weeks=4&data-gb=90');
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).not.toBeChecked();
  await expect(page).not.toHaveURL(/mailboxes=120/);
});

test('Google Workspace: the journey skips the questions about Exchange servers and counts only the ones it asks', async ({ page }) => {
  const asked = QUESTIONS.filter((q) => isAsked(q, 'google-workspace'));
  const skipped = QUESTIONS.filter((q) => !isAsked(q, 'google-workspace'));
  expect(skipped.map((q) => q.slug)).toContain('latest-cu');

  await page.goto(`/questions/budget?${GOOGLE}`);
  await expect(page.getByText('Question 3 of 5', { exact: true })).toBeVisible();
  await page.goto(`/questions/keep-accounts?${GOOGLE}`);
  const visited: string[] = [];
  while (new URL(page.url()).pathname.startsWith('/questions/')) {
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    visited.push(slug);
    const optional = asked.filter((q) => !q.required);
    await expect(page.getByText(`Optional question ${optional.findIndex((q) => q.slug === slug) + 1} of ${optional.length}`, { exact: true })).toBeVisible();
    const dontKnowButton = page.getByRole('button', { name: UNKNOWN_LABEL });
    if (await dontKnowButton.count()) await dontKnowButton.click();
    else {
      await page.getByRole('radio', { name: UNKNOWN_LABEL }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.waitForURL((url) => !url.pathname.endsWith(`/${slug}`));
  }
  expect(visited).toEqual(asked.filter((q) => !q.required).map((q) => q.slug));

  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  const cu = page.getByRole('term').filter({ hasText: 'Servers on the current or previous CU' }).locator('xpath=following-sibling::dd[1]');
  await expect(cu).toHaveText('Not asked for Google Workspace');
  await expectNoAxeViolations(page);
});

test('a skipped question keeps its answer in the address and shows it again when the source changes back', async ({ page }) => {
  await page.goto(`/check?${GOOGLE}&latest-cu=no`);
  const cu = () => page.getByRole('term').filter({ hasText: 'Servers on the current or previous CU' }).locator('xpath=following-sibling::dd[1]');
  await expect(cu()).toHaveText('Not asked for Google Workspace');
  await page.getByRole('link', { name: 'Change current mail system' }).click();
  await page.getByRole('radio', { name: 'Exchange Server 2016' }).check();
  await continueOn(page);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(cu()).toHaveText('No');
  await expect(page).toHaveURL(/latest-cu=no/);
});

test('an optional question says near Continue that “I don’t know” is an answer, and lines up with the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/questions/keep-accounts?${EXCHANGE}&data-gb=300`);
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveAccessibleDescription('Optional: continue without an answer, or answer “I don’t know”, if it is not known.');
  const back = await page.getByRole('link', { name: 'Back', exact: true }).boundingBox();
  const title = await heading(page).boundingBox();
  expect(title!.x).toBe(back!.x);
  await expectNoAxeViolations(page);
});
