import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS } from '../lib/questions';
import { answerRequired, continueOn, expectNoAxeViolations, type Journey } from './helpers';

const JOURNEYS: [string, Journey][] = [
  ['Cutover migration', { mailboxes: '35', source: 'Exchange Server 2013', budget: 'Low', weeks: '4', dataGb: '70' }],
  ['Staged migration', { mailboxes: '2,600', source: 'Exchange Server 2007', budget: 'Medium', weeks: '20', dataGb: '5000' }],
  ['Hybrid migration', { mailboxes: '4000', source: 'Exchange Server 2016', budget: 'High', weeks: '30', dataGb: '12000' }],
  ['Google Workspace migration', { mailboxes: ' 80 ', source: 'Google Workspace', budget: 'Low', weeks: '3', dataGb: '400' }],
  ['IMAP migration', { mailboxes: '120', source: 'Another IMAP mail system', budget: 'Low', weeks: '6', dataGb: '300' }],
  ['Migration tool or partner', { mailboxes: '220', source: 'Hosted Exchange (a provider’s shared Exchange)', budget: 'High', weeks: '8', dataGb: '900' }],
];

for (const [method, journey] of JOURNEYS) {
  test(`guided journey to ${method}: five questions, check answers, results`, async ({ page }) => {
    await answerRequired(page, journey);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Skip the rest and see the advice' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByText(journey.source, { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'See the advice' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Recommended: ${method}`);
    await expectNoAxeViolations(page);
  });
}

async function submitMailboxes(page: Page, text: string) {
  await page.getByLabel('How many mailboxes will move?').fill(text);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('error journey: empty, zero, text and negative each get a specific message, then a valid answer moves on', async ({ page }) => {
  await page.goto('/questions/mailboxes');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link', { name: 'Enter the number of mailboxes' })).toBeVisible();
  await expectNoAxeViolations(page);

  const attempts: [string, string][] = [
    ['0', 'Enter a number of mailboxes from 1 to 1,000,000'],
    ['lots', 'Enter the number of mailboxes as a whole number, like 250'],
    ['-5', 'Enter a number of mailboxes from 1 to 1,000,000'],
  ];
  for (const [typed, message] of attempts) {
    await submitMailboxes(page, typed);
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(page.getByLabel('How many mailboxes will move?')).toHaveAccessibleDescription(new RegExp(message));
    await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue(typed);
  }
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('How many mailboxes will move?')).toBeFocused();

  await submitMailboxes(page, '1,200');
  await expect(page).toHaveURL(/\/questions\/source\?mailboxes=1200$/);
  await expect(page).not.toHaveTitle(/^Error: /);
});

test('an optional question left unanswered moves on as not known, and “I don’t know” is kept', async ({ page }) => {
  await page.goto('/questions/largest-item-mb?mailboxes=100&source=exchange-2016&budget=low&weeks=8&data-gb=200');
  await page.getByRole('button', { name: 'I don’t know' }).click();
  await expect(page).toHaveURL(/\/questions\/admin-time\?.*largest-item-mb=unknown/);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: /cumulative update/ })).toBeVisible();
  await expect(page).toHaveURL(/admin-time=unknown/);
  await expectNoAxeViolations(page);
});

test('a reload in the middle keeps every answer', async ({ page }) => {
  await answerRequired(page, JOURNEYS[2]![1]);
  await page.getByRole('radio', { name: 'Yes' }).check();
  await continueOn(page);
  await page.reload();
  await expect(page.getByText(`Optional question 2 of ${QUESTIONS.filter((q) => !q.required).length}`)).toBeVisible();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await page.goto(page.url().replace(/\/questions\/[^?]+/, '/check'));
  for (const text of ['4,000', 'Exchange Server 2016', 'High', '30 weeks', '12,000 GB']) await expect(page.getByRole('definition').filter({ hasText: text }).first()).toBeVisible();
});

test('the browser’s Back button keeps answers', async ({ page }) => {
  await page.goto('/questions/mailboxes');
  await submitMailboxes(page, '250');
  await page.getByRole('radio', { name: 'Exchange Server 2019' }).check();
  await continueOn(page);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Exchange Server 2019' })).toBeChecked();
  await page.goBack();
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue('250');
});

test('a tampered URL flags the field and keeps the valid answers', async ({ page }) => {
  await page.goto('/questions/source?mailboxes=250&source=exchange-9&budget=low');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Select where your mail is now from the list');
  await expectNoAxeViolations(page);

  await page.goto('/check?mailboxes=250&source=exchange-9&budget=low&weeks=6&data-gb=lots');
  const problem = page.getByRole('alert', { name: 'There is a problem' });
  await expect(problem).toContainText('Current mail system: select where your mail is now from the list');
  await expect(problem).toContainText('Total mailbox data: enter the total size in gigabytes, like 300, or with its unit, like 9 TB');
  await expect(page.getByRole('definition').filter({ hasText: '250' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the advice' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await problem.getByRole('link', { name: /^Current mail system: select where your mail/ }).click();
  await page.getByRole('radio', { name: 'Exchange Server 2016' }).check();
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\?.*source=exchange-2016/);
  await expect(page.getByRole('definition').filter({ hasText: 'lots' })).toBeVisible();
});

test('check answers: Change goes to the question and Continue comes back', async ({ page }) => {
  await page.goto('/check?mailboxes=100&source=exchange-2016&budget=low&weeks=8&data-gb=200');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Change budget' }).click();
  await page.getByRole('radio', { name: /^High/ }).check();
  await continueOn(page);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'High' })).toBeVisible();
});

test('one-page mode updates the advice live when mailboxes go from 100 to 3,000, with no request', async ({ page }) => {
  await page.goto('/one-page?source=exchange-2016&budget=medium&weeks=20&data-gb=800');
  await expectNoAxeViolations(page);
  const live = page.getByTestId('live-recommendation');
  const mailboxes = page.getByLabel('How many mailboxes will move?');
  await mailboxes.fill('100');
  await expect(live).toHaveText('Recommended: Cutover migration');
  // The panel loads some of its code the first time it shows a method (a static chunk, not advice): show hybrid once
  // and come back, so that what is watched below is only the change itself.
  await mailboxes.fill('3,000');
  await expect(live).toHaveText(/^Recommended: Hybrid migration/);
  await page.waitForLoadState('networkidle');
  await mailboxes.fill('100');
  await expect(live).toHaveText('Recommended: Cutover migration');
  const requests: string[] = [];
  // The browser fetches the tab icon on its own schedule; any other request would mean the advice came from the server.
  page.on('request', (r) => {
    if (!/\/icon\.svg/.test(new URL(r.url()).pathname)) requests.push(r.url());
  });
  await mailboxes.fill('3,000');
  await expect(live).toHaveText(/^Recommended: Hybrid migration( \((full|minimal|express)\))?$/);
  await expect(page.getByRole('list', { name: 'Ranking' })).toContainText('ruled out');
  expect(requests).toEqual([]);
  await expect(page).toHaveURL(/mailboxes=3%2C000/);
  await page.reload();
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue('3,000');
  await expectNoAxeViolations(page);
});

test('one-page mode shows every error in one summary and then goes to check answers', async ({ page }) => {
  await page.goto('/one-page');
  await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.getByLabel('How many mailboxes will move?').fill('40');
  await page.getByRole('radio', { name: 'Hosted Exchange (a provider’s shared Exchange)' }).check();
  await page.getByRole('radio', { name: /^Low/ }).check();
  await page.getByLabel('How many weeks until the move must be finished?').fill('4');
  await page.getByLabel('How much mail data is there in total, in gigabytes?').fill('100');
  await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'See the advice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: IMAP migration');
});

test.describe('before the page’s script runs (here: without JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  test('guided: Continue still goes on with every answer kept, and a refused answer comes back with its message', async ({ page }) => {
    await page.goto('/questions/mailboxes');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the number of mailboxes');
    await page.getByLabel('How many mailboxes will move?').fill('1.5k');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/questions\/source\?mailboxes=1500$/);
    await page.getByRole('radio', { name: 'Exchange Server 2016' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/questions\/budget\?mailboxes=1500&source=exchange-2016$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What budget is there for the move?');
  });
});
