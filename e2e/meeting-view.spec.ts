import { expect, test, type Page } from '@playwright/test';
import { formatCount } from '../lib/format';
import { isAsked, QUESTIONS, REQUIRED_QUESTIONS } from '../lib/questions';
import { expectNoAxeViolations } from './helpers';

const REQUIRED = 'mailboxes=100&source=exchange-2016&budget=low&weeks=6&data-gb=300';
const panelOf = (page: Page) => page.getByRole('complementary', { name: /Advice so far|Scenario A and B/ });

/** Waits until the one-page form is interactive (hydrated), as a person waits for a page to finish loading. */
const interactive = (page: Page) => expect(page.getByRole('form', { name: 'Migration questions' })).toHaveAttribute('data-ready', 'true');

async function openOnePage(page: Page, query: string) {
  await page.goto(`/one-page?${query}`);
  await interactive(page);
}

/** The focused element's form name, or its text for a button or link. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { name: el?.name ?? '', type: el?.type ?? '', text: (el?.textContent ?? '').trim(), id: el?.id ?? '' };
  });

test('one-page by keyboard alone: every field tabbed through, the optional ones left unanswered, reaches the results', async ({ page }) => {
  test.slow(); // some 80 key presses
  await openOnePage(page, '');
  const typed: Record<string, string> = { mailboxCount: '120', timelineWeeks: '8', totalDataGb: '240' };
  const reached = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el.text === 'Check answers and see the full advice') break;
    if (!el.name) continue;
    if (!reached.has(el.name)) {
      if (typed[el.name]) await page.keyboard.type(typed[el.name]!);
      // A required radio group takes its first choice from the keyboard; the budget's first choice is Low.
      if (el.type === 'radio' && (el.name === 'source' || el.name === 'budget')) {
        await page.keyboard.press(el.name === 'source' ? 'ArrowDown' : 'Space');
        if (el.name === 'source') for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
      }
    }
    reached.add(el.name);
  }
  const asked = QUESTIONS.filter((q) => isAsked(q, 'exchange-2016')).map((q) => q.field);
  expect([...reached].sort()).toEqual([...asked].sort());
  await expect(page.getByRole('radio', { name: 'Exchange Server 2016' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('Invalid input')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'See the advice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Recommended: /);
});

test('guided by keyboard: five questions counted as five, every optional one continued unanswered, reaches the results', async ({ page }) => {
  test.slow(); // 22 pages
  const answers: Record<string, string> = { mailboxes: '120', weeks: '8', 'data-gb': '240' };
  await page.goto('/questions/mailboxes');
  const optional = QUESTIONS.filter((q) => !q.required && isAsked(q, 'exchange-2016'));
  let seenOptional = 0;
  while (new URL(page.url()).pathname.startsWith('/questions/')) {
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const q = QUESTIONS.find((x) => x.slug === slug)!;
    if (q.required) await expect(page.getByText(`Question ${REQUIRED_QUESTIONS.indexOf(q) + 1} of ${REQUIRED_QUESTIONS.length}`, { exact: true })).toBeVisible();
    else await expect(page.getByText(`Optional question ${++seenOptional} of ${optional.length}`, { exact: true })).toBeVisible();
    if (seenOptional === 1) await expectNoAxeViolations(page);
    // Tab through the question's fields to Continue, answering only the required ones.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      if (el.text === 'Continue') break;
      if (el.name && answers[slug] && el.type === 'text') await page.keyboard.type(answers[slug]!);
      if (el.type === 'radio' && slug === 'source') for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowDown');
      if (el.type === 'radio' && slug === 'budget') await page.keyboard.press('Space');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.endsWith(`/${slug}`));
  }
  expect(seenOptional).toBe(optional.length);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  const row = (label: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(row('Directory sync')).toHaveText('Not known');
  await expect(row('Current mail system')).toHaveText('Exchange Server 2016');
  await page.getByRole('link', { name: 'See the advice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Recommended: /);
});

test('guided: browser Back three times, then Continue without changing anything, keeps every later answer', async ({ page }) => {
  await page.goto(`/questions/data-gb?mailboxes=120&source=exchange-2016&budget=medium&weeks=8`);
  await page.getByLabel('How much mail data is there in total, in gigabytes?').fill('300');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'Yes, it is running' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/calendars while the move is under way/);
  for (let i = 0; i < 3; i++) await page.goBack();
  await expect(page.getByLabel('How much mail data is there in total, in gigabytes?')).toHaveValue('300');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(page).toHaveURL(/data-gb=300&keep-accounts=no&dir-sync=in-place/);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('radio', { name: 'Yes, it is running' })).toBeChecked();
});

test('one-page: an answer typed just before a reload is kept', async ({ page }) => {
  await openOnePage(page, REQUIRED);
  await page.getByLabel('How many weeks until the move must be finished?').fill('17');
  await page.reload();
  await expect(page.getByLabel('How many weeks until the move must be finished?')).toHaveValue('17');
  await expect(page).toHaveURL(/weeks=17/);
  // Once the address has followed one edit, the next one made just before a reload is kept too.
  await interactive(page);
  await page.getByLabel('How many mailboxes will move?').fill('250');
  await expect(page).toHaveURL(/mailboxes=250/);
  await page.getByLabel('How many weeks until the move must be finished?').fill('18');
  await page.reload();
  await expect(page.getByLabel('How many weeks until the move must be finished?')).toHaveValue('18');
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue('250');
  // A link opened afresh still starts from its own answers, not from the tab's last draft.
  await page.goto(`/one-page?${REQUIRED}`);
  await expect(page.getByLabel('How many weeks until the move must be finished?')).toHaveValue('6');
});

test('one-page panel at 1280×720: fits the window, signed reasons, duration against the deadline, readiness, ruled-out reasons', async ({ page }) => {
  test.slow(); // axe on the whole one-page form
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/one-page?${REQUIRED}`);
  const panel = panelOf(page);
  await expect(panel.getByTestId('live-recommendation')).toHaveText('Recommended: Cutover migration');
  const box = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  await expect(panel.getByTestId('live-duration')).toHaveText(/^About .+ against your 6 weeks: (fits|tight|does not fit)$/);
  const why = panel.getByRole('list', { name: 'Why Cutover migration' }).getByRole('listitem');
  await expect(why.first()).toHaveText(/^[+−]\d+/);
  await expect(panel.getByTestId('live-readiness')).toHaveText(/^Readiness: \d+ of \d+ checks ready/);
  // Staged migration is offered only from Exchange 2003 and 2007: ruled out with its reason, and no point in its favour.
  const staged = panel.getByRole('list', { name: 'Ranking' }).getByRole('listitem').filter({ hasText: 'Staged migration' });
  await expect(staged).toHaveText(/^Staged migration: ruled out\. .+/);
  await expect(staged).not.toContainText('+');
  await expectNoAxeViolations(page);
});

test('present mode: large type, kept in the address and across a reload, axe-clean at 1280×720 and 375 px', async ({ page }) => {
  test.slow(); // several axe runs on a long page
  await page.setViewportSize({ width: 1280, height: 720 });
  await openOnePage(page, REQUIRED);
  const verdict = panelOf(page).getByTestId('live-recommendation');
  const before = await verdict.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const toggle = page.getByRole('button', { name: 'Present mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/present=1/);
  expect(await verdict.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(before * 1.4);
  const box = (await panelOf(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Present mode' })).toHaveAttribute('aria-pressed', 'true');
  await interactive(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Present mode' }).click();
  await expect(page).not.toHaveURL(/present=1/);
});

test('scenario A/B: change two answers, see both verdicts, reasons and durations side by side, then go back to A', async ({ page }) => {
  test.slow(); // several axe runs on a long page
  await page.setViewportSize({ width: 1280, height: 720 });
  await openOnePage(page, REQUIRED);
  await page.getByRole('button', { name: 'Compare with a scenario B' }).click();
  // The button hides itself; focus moves on to the one in its place.
  await expect(page.getByRole('button', { name: 'Keep scenario B' })).toBeFocused();
  await page.getByLabel('How many mailboxes will move?').fill('3000');
  await page.getByLabel('How many weeks until the move must be finished?').fill('26');
  const panel = panelOf(page);
  const differ = panel.getByRole('list', { name: 'Answers that differ in scenario B' });
  await expect(differ).toContainText('Mailboxes: 100 → 3,000');
  await expect(differ).toContainText('Timeline: 6 weeks → 26 weeks');
  const a = panel.getByRole('region', { name: 'Scenario A' });
  const b = panel.getByRole('region', { name: 'Scenario B' });
  await expect(a.getByTestId('scenario-A-verdict')).toHaveText('Recommended: Cutover migration');
  await expect(b.getByTestId('scenario-B-verdict')).not.toHaveText('Recommended: Cutover migration');
  await expect(a.getByTestId('live-duration')).toContainText('against your 6 weeks');
  await expect(b.getByTestId('live-duration')).toContainText('against your 26 weeks');
  await expect(b.getByRole('list', { name: /^Why .+ in scenario B$/ }).getByRole('listitem').first()).toHaveText(/^[+−]\d+/);
  await expect(b.getByRole('list', { name: 'Ranking in scenario B' })).toContainText('Cutover migration: ruled out');
  const aBox = (await a.boundingBox())!;
  const bBox = (await b.boundingBox())!;
  expect(bBox.x).toBeGreaterThan(aBox.x + aBox.width - 1); // side by side
  await expect(page).toHaveURL(/scenario-a=/);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(panelOf(page).getByRole('region', { name: 'Scenario A' })).toBeVisible();
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue('3000');
  await interactive(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByTestId('live-line')).toContainText(/A: Recommended: Cutover migration.*B: Recommended: /);
  // On a phone A and B are stacked, each at the panel's full width, and nothing runs off the side of the page.
  const aPhone = (await panelOf(page).getByRole('region', { name: 'Scenario A' }).boundingBox())!;
  const bPhone = (await panelOf(page).getByRole('region', { name: 'Scenario B' }).boundingBox())!;
  expect(bPhone.y).toBeGreaterThanOrEqual(aPhone.y + aPhone.height);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Back to scenario A' }).click();
  await expect(page.getByLabel('How many mailboxes will move?')).toHaveValue('100');
  await expect(page).not.toHaveURL(/scenario-a=/);
});

test('forgiving numbers: units and shorthands read as meant and shown back; anything else says what to enter', async ({ page }) => {
  await openOnePage(page, REQUIRED);
  const data = page.getByLabel('How much mail data is there in total, in gigabytes?');
  await data.fill('9 TB');
  await expect(data).toHaveAccessibleDescription(new RegExp(`Read as ${formatCount(9 * 1024)} GB`));
  // The unit after the box gives way to the one typed ("9 TB", not "9 TB GB").
  await expect(page.locator('[data-unit="totalDataGb"]')).toBeHidden();
  await data.fill('900');
  await expect(page.locator('[data-unit="totalDataGb"]')).toBeVisible();
  await data.fill('9 TB');
  await expect(panelOf(page).getByTestId('live-recommendation')).toHaveText(/^Recommended: /);
  await page.getByLabel('How many mailboxes will move?').fill('1.5k');
  await expect(page.getByText(`Read as ${formatCount(1500)} mailboxes`)).toBeVisible();
  await page.getByLabel('How many weeks until the move must be finished?').fill('3 months');
  await expect(page.getByText('Read as 13 weeks')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('How many weeks until the move must be finished?').fill('9 TB');
  await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Timeline: enter the number of weeks as a whole number, like 12, or a time such as 3 months');

  await page.goto('/questions/weeks?mailboxes=100&source=exchange-2016&budget=low');
  await page.getByLabel('How many weeks until the move must be finished?').fill('6 weeks');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/weeks=6(&|$)/);
  await page.getByLabel('How much mail data is there in total, in gigabytes?').fill('900 GB');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/data-gb=900(&|$)/);
});

test('from one-page, check answers’ Change links and a back link return to one-page, and the marker goes on to the results', async ({ page }) => {
  await openOnePage(page, REQUIRED);
  await page.getByRole('button', { name: 'Check answers and see the full advice' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page).toHaveURL(/from=one-page/);
  await expectNoAxeViolations(page);
  await expect(page.getByRole('link', { name: 'See the advice' })).toHaveAttribute('href', /from=one-page/);
  await page.getByRole('link', { name: 'Change budget' }).click();
  await expect(page).toHaveURL(/\/one-page\?.*budget=low/);
  await expect(page.getByRole('radio', { name: /^Low/ })).toBeChecked();
  // An optional number left blank comes back blank, not as the word the address carries (largest-mailbox-gb=unknown).
  await expect(page).toHaveURL(/largest-mailbox-gb=unknown/);
  await expect(page.getByLabel('How big is the largest mailbox, in gigabytes?')).toHaveValue('');
  await page.goBack();
  await page.getByRole('link', { name: 'Back to all questions on one page' }).click();
  await expect(page.getByRole('heading', { name: 'All questions on one page' })).toBeVisible();
  // Reached from guided mode, check answers keeps the guided Change links.
  await page.goto(`/check?${REQUIRED}`);
  await expect(page.getByRole('link', { name: 'Change budget' })).toHaveAttribute('href', /^\/questions\/budget\?.*from=check/);
});

test('compare: a what-if in one click, showing which reasons moved', async ({ page }) => {
  await page.goto(`/compare?mailboxes=100&source=exchange-2016&budget=low&weeks=1&data-gb=300`);
  const quick = page.getByRole('region', { name: 'Quick what-ifs' }).getByRole('link');
  await expect(quick.first()).toBeVisible();
  await quick.first().click();
  const moved = page.getByRole('region', { name: 'Which reasons moved' });
  await expect(moved).toBeVisible();
  await expect(moved.getByRole('listitem').first()).toHaveText(/\(.+ → .+\)$/);
  await expectNoAxeViolations(page);
});

test('help: the command wraps, copies with a button that says so, and prints GB', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/questions/data-gb?mailboxes=100&source=exchange-2016&budget=low&weeks=6');
  await page.getByText('How do I find this out?').click();
  const code = page.locator('pre code');
  await expect(code).toContainText('/ 1GB');
  const pre = page.locator('pre');
  expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page.getByRole('button', { name: 'Copy the command' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
  await expectNoAxeViolations(page);
});

test('the favicon is a real icon, and an unknown address gets the styled page with the CSP kept and no console error', async ({ page, request }) => {
  const icon = await request.get('/favicon.ico', { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/icon/);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto('/no-such-page');
  expect(response!.status()).toBe(404);
  expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Mail migration advisor');
  await expectNoAxeViolations(page);
  expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
});
