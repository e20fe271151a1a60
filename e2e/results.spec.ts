import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { METHOD_DEFINITIONS } from '../lib/methods';
import { formatDate } from '../lib/format';
import { RULES_VERSION } from '../lib/sources';
import { expectNoAxeViolations } from './helpers';

const URLS: [string, string][] = [
  ['Cutover migration', 'mailboxes=35&source=exchange-2013&budget=low&weeks=2&data-gb=70&dir-sync=none&keep-accounts=no'],
  ['Staged migration', 'mailboxes=2600&source=exchange-2007&budget=medium&weeks=20&data-gb=5000'],
  ['Hybrid migration', 'mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes'],
  ['IMAP migration', 'mailboxes=40&source=hosted-exchange&budget=low&weeks=4&data-gb=100'],
  ['Google Workspace migration', 'mailboxes=350&source=google-workspace&budget=medium&weeks=10&data-gb=2800&calendars=yes'],
  ['Migration tool or partner', 'mailboxes=220&source=hosted-exchange&budget=medium&weeks=8&data-gb=900&calendars=yes'],
];

for (const [method, query] of URLS) {
  test(`results for ${method}: recommendation, ranking, details and sources`, async ({ page }) => {
    await page.goto(`/results?${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Recommended: ${method}( \\((full|minimal|express) hybrid\\))?$`));
    const ranking = page.getByRole('list', { name: 'Ranking of the methods' });
    await expect(ranking.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(METHOD_DEFINITIONS.length);
    await expect(ranking.getByRole('heading', { level: 3 }).first()).toContainText(method);
    // Every method's details start folded: the summary card above says what matters first.
    await expect(page.locator('details.method-section[open]')).toHaveCount(0);
    const open = page.locator('details.method-section').first();
    await open.locator('summary').click();
    await expect(open.getByRole('heading', { name: 'Steps for your answers' })).toBeVisible();
    await expect(open.getByRole('checkbox').first()).toBeVisible();
    await expect(open.getByText(/which (fits within|is tight for|does not fit) your/)).toBeVisible();
    await expect(open.getByText(/Only a pilot batch/)).toBeVisible();
    await page.getByText('Sources', { exact: true }).click();
    await expect(page.getByText(`Rules last checked against these pages on ${formatDate(RULES_VERSION)}.`)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a ruled-out method says which rule rules it out, with its source', async ({ page }) => {
  await page.goto(`/results?${URLS[1]![1]}`);
  const ranking = page.getByRole('list', { name: 'Ranking of the methods' });
  const cutover = ranking.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Cutover migration/ }) });
  await expect(cutover).toContainText('Ruled out');
  await expect(cutover).toContainText('One cutover can move at most 2,000 mailboxes, and you have 2,600.');
  await expect(cutover.getByRole('link', { name: /^M2/ })).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
});

test('scores add up on the page: the starting score is a reason of its own, and hybrid names its flavour', async ({ page }) => {
  await page.goto(`/results?${URLS[2]![1]}`);
  const hybrid = page.locator('#method-hybrid');
  await hybrid.locator('summary').click();
  await expect(hybrid.getByText('Every method starts at 50; the reasons below move hybrid up or down.')).toBeVisible();
  await expect(hybrid.getByText(/^Which hybrid:/)).toBeVisible();
  const ranking = page.getByRole('list', { name: 'Ranking of the methods' });
  await expect(ranking.getByRole('heading', { level: 3 }).first()).toContainText(/Hybrid migration \((full|minimal|express) hybrid\)/);
});

test('a 400 GB mailbox is shown as a blocker with what to do, and sign-in plans to leave an AD FS farm', async ({ page }) => {
  await page.goto('/results?mailboxes=300&source=exchange-2019&budget=medium&weeks=12&data-gb=900&largest-mailbox-gb=400&adfs=yes');
  await page.locator('details.method-section summary').first().click();
  await expect(page.locator('details[open]').getByText(/^Blocker:/)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Note' }).first()).toContainText('400 GB mailbox is over the 200 GB');
  await expect(page.getByText(/^Plan to leave AD FS/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs that once called for AD FS, met in the cloud now' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('share link round-trip: copy, open in a new page, same advice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/results?${URLS[2]![1]}`);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status')).toContainText('Share link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(/^Recommended: Hybrid migration/);
  const ranking = (p: typeof page) => p.getByRole('list', { name: 'Ranking of the methods' }).innerText();
  expect(await ranking(other)).toBe(await ranking(page));
});

test('download answers, then open them on another page: the same advice comes back', async ({ page }) => {
  await page.goto(`/results?${URLS[1]![1]}`);
  await page.getByText('More ways to save').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download answers (.json)' }).click();
  const file = await (await downloading).path();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toEqual({ version: 1, mailboxCount: 2600, source: 'exchange-2007', budget: 'medium', timelineWeeks: 20, totalDataGb: 5000 });

  await page.goto(`/results?${URLS[0]![1]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: Cutover migration');
  await page.getByLabel('Open answers file').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: Staged migration');
  await expect(page).toHaveURL(/mailboxes=2600/);
});

test('download report gives the Markdown report', async ({ page }) => {
  await page.goto(`/results?${URLS[0]![1]}`);
  await page.getByText('More ways to save').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Markdown report (.md)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('migration-advice.md');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/^# Mail migration advice for Microsoft 365/);
  expect(text).toContain('**Recommended: Cutover migration.**');
});

test('a wrong answers file gets a clear message and the current answers are kept', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(`/results?${URLS[0]![1]}`);
  const before = page.url();
  await page.getByLabel('Open answers file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"mailboxCount":-4}') });
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toContainText('notes.json was not opened; your current answers are kept.');
  await expect(summary.getByRole('link', { name: 'Mailboxes: must be a whole number from 1 to 1,000,000, like 250' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Current mail system: select where your mail is now' })).toBeVisible();
  await expect(summary).not.toContainText('exchange-2003');
  await expect(summary).not.toContainText('mailboxCount');
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel('Open answers file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
  await expect(summary).toContainText('broken.json was not opened; your current answers are kept.');
  await expect(summary).toContainText('The answers are not valid JSON');
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: Cutover migration');
  // A person's own wrong file is not an error of the page: nothing is logged in the console.
  expect(consoleErrors).toEqual([]);
});

test('a tampered results URL gets a clear message, with the other answers kept', async ({ page }) => {
  await page.goto('/results?mailboxes=35&source=exchange-2013&budget=cheap&weeks=2&data-gb=70');
  await expect(page).toHaveTitle(/^Error: /);
  const problem = page.getByRole('alert', { name: 'There is a problem' });
  await expect(problem).toContainText('Budget: select a budget from the list');
  await expectNoAxeViolations(page);
  await problem.getByRole('link', { name: 'Budget: select a budget from the list' }).click();
  await expect(page.getByRole('heading', { name: 'What budget is there for the move?' })).toBeVisible();
  await expect(page).toHaveURL(/mailboxes=35&source=exchange-2013/);
});

test('"what would change" says when nothing would, and otherwise its link opens the advice with that change applied', async ({ page }) => {
  await page.goto(`/results?${URLS[0]![1]}`);
  const section = page.getByRole('region', { name: 'What would change the answer' });
  await expect(section).toContainText('would put another method before cutover: the recommendation holds');
  await expect(section.getByRole('link')).toHaveCount(0);
  await page.goto(`/results?${URLS[0]![1].replace('keep-accounts=no', 'keep-accounts=yes')}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Recommended: Cutover migration');
  const first = section.getByRole('listitem').first().getByRole('link').first();
  await expect(first).toHaveText('Keep accounts managed on-premises: No instead of Yes — cutover would come first.');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommended: Cutover migration');
  await expect(page).toHaveURL(/keep-accounts=no/);
});

test('print: ruled-out methods as their name and why, the recommended method in full, controls hidden', async ({ page }) => {
  await page.goto('/results?mailboxes=4000&source=exchange-2016&budget=high&weeks=30&data-gb=12000');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Check all your answers' })).toBeHidden();
  const cutover = page.locator('#method-cutover');
  await expect(cutover.getByText('One cutover can move at most 2,000 mailboxes, and you have 4,000.').filter({ visible: true })).toHaveCount(1);
  for (const name of ['Pros', 'Cons', 'Limits']) await expect(cutover.getByRole('heading', { name, exact: true })).toHaveCount(0);
  await expect(page.locator('#method-hybrid').getByRole('heading', { name: 'Steps for your answers' })).toBeVisible();
  expect(await page.locator('.method-section').evaluateAll((all) => all.map((e) => getComputedStyle(e).breakBefore))).not.toContain('page');
});

test('compare: 150 against 400 mailboxes side by side', async ({ page }) => {
  const base = 'mailboxes=150&source=exchange-2016&budget=medium&weeks=12&data-gb=300&keep-accounts=no';
  await page.goto(`/results?${base}`);
  await page.getByRole('link', { name: 'Compare with one answer changed' }).click();
  await page.getByLabel('Answer to change').selectOption({ label: 'Mailboxes (now: 150)' });
  await page.getByRole('button', { name: 'Choose this answer' }).click();
  await page.getByLabel('New answer: How many mailboxes will move?').fill('400');
  await page.getByRole('button', { name: 'Compare' }).click();
  const now = page.getByRole('region', { name: /^Now/ });
  const changed = page.getByRole('region', { name: /^With mailboxes: 400/ });
  await expect(now).toContainText('Recommended: Cutover migration');
  await expect(changed).toContainText('Recommended: Hybrid migration');
  await expect(changed).toContainText(/up 1 place/);
  await expectNoAxeViolations(page);

  await page.getByLabel('New answer: How many mailboxes will move?').fill('lots');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the number of mailboxes as a whole number, like 250');
  await expect(page.getByLabel('New answer: How many mailboxes will move?')).toHaveValue('lots');
  await expectNoAxeViolations(page);
});

test('the report and answers downloads refuse tampered answers with a message, not a crash', async ({ request }) => {
  const bad = await request.get('/report?mailboxes=lots&source=exchange-2013&budget=low&weeks=2&data-gb=70');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('mailboxCount: Enter the number of mailboxes as a whole number, like 250');
  const good = await request.get(`/answers-file?${URLS[0]![1]}`);
  expect(good.headers()['content-disposition']).toContain('migration-answers.json');
  expect(await good.json()).toMatchObject({ version: 1, mailboxCount: 35, source: 'exchange-2013', directorySync: 'none', keepOnPremises: false });
});
