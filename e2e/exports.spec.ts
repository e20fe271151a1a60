import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { assess } from '../lib/assess';
import { checkValues, valuesFromParams } from '../lib/form-values';
import { METHOD_DEFINITIONS } from '../lib/methods';
import { expectNoAxeViolations } from './helpers';

const FIXTURES = join(process.cwd(), 'lib/estate/fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const GIVEN = 'budget=medium&weeks=10';

async function openFiles(page: Page, ...names: string[]) {
  await page.getByLabel('Open export files').setInputFiles(names.map(fixture));
}

test('empty: the commands to copy and a file picker, each labelled', async ({ page }) => {
  await page.goto(`/exports?${GIVEN}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Open your exports' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Copy the command for/ })).toHaveCount(4);
  await expect(page.getByText('Get-MailboxStatistics -Identity $_.Identity', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What your exports show' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('opening the fixture exports fills the answers, which lead to the engine’s advice for them', async ({ page }) => {
  await page.goto(`/exports?${GIVEN}`);
  await openFiles(page, 'mailboxes-ps51-utf16le.csv', 'servers.csv', 'permissions.csv', 'public-folders.csv');
  await expect(page.getByText('8 mailboxes, largest 87.3 GB, 3 servers on Exchange 2016 CU23', { exact: false })).toBeVisible();
  await expect(page.getByText('mailboxes-ps51-utf16le.csv: Mailbox statistics, 8 rows')).toBeVisible();
  await expect(page.getByLabel('Mailboxes', { exact: true })).toHaveValue('8');
  await expect(page.getByLabel('Current mail system', { exact: true })).toHaveValue('exchange-2016');
  await expect(page.getByLabel('Public folders (GB)', { exact: true })).toHaveValue('40.3');
  await expectNoAxeViolations(page);

  // Change one answer, leave one out, accept the rest.
  await page.getByLabel('Public folders (GB)', { exact: true }).fill('45');
  await page.getByRole('checkbox', { name: 'Use this for people act for each other' }).uncheck();
  await page.getByRole('button', { name: 'Use these answers' }).click();
  await page.waitForURL(/\/check\?/);
  const query = new URL(page.url()).searchParams;
  expect(query.get('mailboxes')).toBe('8');
  expect(query.get('public-folders-gb')).toBe('45');
  expect(query.get('budget')).toBe('medium');
  expect(query.get('delegates')).toBeNull();

  await page.getByRole('link', { name: 'See the advice' }).click();
  await page.waitForURL(/\/results\?/);
  const { answers } = checkValues(valuesFromParams(new URL(page.url()).searchParams));
  expect(answers).not.toBeNull();
  const recommended = assess(answers!, { date: new Date().toISOString().slice(0, 10) }).recommended;
  const label = METHOD_DEFINITIONS.find((m) => m.id === recommended)?.label;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Recommended: ${label}`);
});

test('a bad file: file, line and column named, answers already given kept, good files still read', async ({ page }) => {
  await page.goto(`/exports?${GIVEN}&mailboxes=120`);
  await openFiles(page, 'mailboxes-bad-size.csv', 'servers.csv');
  const alert = page.getByRole('alert').filter({ hasText: 'There is a problem with a file' });
  await expect(alert).toContainText('mailboxes-bad-size.csv, line 5, column TotalItemSize:');
  await expect(alert).toContainText('the answers you gave are kept');
  await expect(page.getByText('3 servers on Exchange 2016 CU23')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to your answers' })).toHaveAttribute('href', /mailboxes=120.*budget=medium/);
  await expectNoAxeViolations(page);
});

test('a changed answer that is out of range is named at the top and by its field', async ({ page }) => {
  await page.goto(`/exports?${GIVEN}`);
  await openFiles(page, 'mailboxes-ps7-utf8.csv');
  await page.getByLabel('Mailboxes', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Use these answers' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: /Enter a number of mailboxes/ })).toBeVisible();
  await expect(page).toHaveURL(/\/exports\?/);
  await expectNoAxeViolations(page);
});

test('the exports stay in this browser across a reload until forgotten, never in the address', async ({ page }) => {
  await page.goto('/exports');
  await openFiles(page, 'mailboxes-ps7-utf8.csv');
  await expect(page.getByText('8 mailboxes, largest 87.3 GB')).toBeVisible();
  expect(page.url()).not.toContain('ada@');
  await page.reload();
  await expect(page.getByText('8 mailboxes, largest 87.3 GB')).toBeVisible();
  await page.getByRole('button', { name: 'Forget the exports' }).click();
  await expect(page.getByText('The exports are forgotten')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What your exports show' })).toHaveCount(0);
});

test('the start page, the first question, check answers and one-page lead to the exports with the answers given', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'open your exports' })).toHaveAttribute('href', '/exports');
  await page.goto(`/questions/mailboxes?${GIVEN}`);
  await expect(page.getByRole('link', { name: 'fill answers from your Exchange exports' })).toHaveAttribute('href', `/exports?${GIVEN}`);
  await page.goto(`/check?${GIVEN}`);
  await expect(page.getByRole('link', { name: 'Fill answers from your Exchange exports' })).toHaveAttribute('href', `/exports?${GIVEN}`);
  await page.goto(`/one-page?${GIVEN}`);
  await expect(page.getByRole('link', { name: 'Fill answers from your Exchange exports' })).toHaveAttribute('href', `/exports?${GIVEN}`);
});
