import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const ANSWERS = 'mailboxes=1200&source=exchange-2019&budget=medium&weeks=8&data-gb=3600&dir-sync=in-place&keep-accounts=yes';
const PILOT = 'lib/plan/fixtures/pilot-move-requests.csv';

test.describe('plan the moves', () => {
  test('shows the waves against the timeline as a picture and a table, accessible, with the verdict first', async ({ page }) => {
    await page.goto(`/plan?${ANSWERS}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan the moves: Hybrid migration' })).toBeVisible();
    await expect(page.getByText(/^Hybrid migration in a pilot of 24 mailboxes, then 5 waves, one a week/)).toBeVisible();
    await expect(page.getByText(/past the 8 weeks of the timeline/)).toBeVisible();
    await expect(page.getByRole('img', { name: /^Timeline from 25 November 2026|^Timeline from/ })).toBeVisible();
    const table = page.getByRole('table', { name: 'The waves, their size and their dates' });
    await expect(table.getByRole('row')).toHaveCount(7); // header, pilot and five waves
    await expect(table.getByRole('row', { name: /^Pilot 24/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('re-estimates every wave from a finished pilot and shows before and after', async ({ page }) => {
    await page.goto(`/plan?${ANSWERS}`);
    await page.getByLabel('Open the pilot statistics (CSV)').setInputFiles(PILOT);
    const changed = page.getByRole('region', { name: 'What your pilot changed' });
    await expect(changed.getByText(/^Your pilot copied 1 GB an hour a mailbox, against 0.3 planned: 6 waves become 3/)).toBeVisible();
    await expect(page.getByText(/within the 8 weeks of the timeline/)).toBeVisible();
    await expectNoAxeViolations(page);
    await changed.getByRole('button', { name: 'Go back to the planning figures' }).click();
    await expect(page.getByText(/past the 8 weeks of the timeline/)).toBeVisible();
  });

  test('names the line and column of pasted statistics it cannot read, and keeps the plan', async ({ page }) => {
    await page.goto(`/plan?${ANSWERS}`);
    await page.getByLabel('Or paste them').fill('DisplayName,BytesTransferred,TotalInProgressDuration\nAnn,lots,02:00:00');
    await page.getByRole('button', { name: 'Re-estimate from the pilot' }).click();
    const alert = page.getByRole('alert', { name: 'There is a problem' });
    await expect(alert).toContainText('Nothing was read from the pasted text; the plan is unchanged.');
    await expect(alert.getByRole('link', { name: /^Line 2, column BytesTransferred: “lots” is not a size/ })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel('Or paste them')).toHaveValue(/Ann,lots/);
    await expectNoAxeViolations(page);
  });

  test('downloads the schedule as CSV from the page itself', async ({ page }) => {
    await page.goto(`/plan?${ANSWERS}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Schedule (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('wave-schedule.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('Wave,Mailboxes,GB,Start,Complete by,Copying days');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(7);
  });

  test('plans another method that fits, and says when the address asks for one that does not', async ({ page }) => {
    await page.goto(`/plan?${ANSWERS}`);
    await page.getByRole('navigation', { name: 'Plan another method that fits' }).getByRole('link', { name: 'Migration tool or partner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan the moves: Migration tool or partner' })).toBeVisible();
    await page.goto(`/plan?${ANSWERS}&method=cutover`);
    await expect(page.getByRole('status')).toHaveText('Cutover migration does not fit these answers, so this plans the recommended method.');
    await expectNoAxeViolations(page);
  });
});

test('from the admin’s exports to the batch files Microsoft accepts', async ({ page }) => {
  await page.goto('/exports?budget=medium&weeks=10');
  await page.getByLabel('Open export files').setInputFiles(['mailboxes-ps7-utf8.csv', 'permissions.csv', 'servers.csv'].map((f) => `lib/estate/fixtures/${f}`));
  await expect(page.getByText('8 mailboxes, largest 87.3 GB', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Use these answers' }).click();
  await page.waitForURL(/\/check\?/);
  await page.goto(`/plan?${new URL(page.url()).searchParams.toString()}&method=hybrid`);
  await expect(page.getByText('Built from your exports: 8 mailboxes and 4 rights people hold on each other’s mailboxes.')).toBeVisible();
  await expect(page.getByText(/2 groups of people who act for each other .* kept together in one wave each/)).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Batch file hybrid-wave-01.csv (CSV)' }).click()]);
  const rows = readFileSync((await download.path())!, 'utf8').split('\r\n').filter(Boolean);
  expect(rows[0]).toBe('EmailAddress');
  expect(rows.slice(1).sort()).toEqual(['ada@contoso.example', 'alan@contoso.example', 'boardroom@contoso.example', 'grace@contoso.example', 'info@contoso.example', 'projector1@contoso.example', 'reception@contoso.example', 'soren@contoso.example']);
});

test('the results lead to the plan, and show the waves in their appendix for print', async ({ page }) => {
  await page.goto(`/results?${ANSWERS}`);
  await expect(page.getByRole('region', { name: 'The moves, wave by wave' }).getByRole('table', { name: 'The waves, their size and their dates' })).toBeVisible();
  await page.getByRole('link', { name: 'Plan the moves: waves, batch files and a pilot correction' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan the moves: Hybrid migration' })).toBeVisible();
});
