import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '../lib/format';
import { expectNoAxeViolations } from './helpers';

/** Three organisations a consultant meets often. */
const CUTOVER_40 = 'mailboxes=40&source=exchange-2016&budget=low&weeks=4&data-gb=120&dir-sync=none&keep-accounts=no';
const HYBRID_1200 =
  'mailboxes=1200&source=exchange-2019&budget=medium&weeks=16&data-gb=4800&keep-accounts=yes&dir-sync=in-place&coexistence=yes&calendars=yes&largest-mailbox-gb=45&latest-cu=yes&shared-mailboxes=60&relay-devices=yes&upload-mbps=500';
const GOOGLE_300 = 'mailboxes=300&source=google-workspace&budget=medium&weeks=10&data-gb=2400&calendars=yes';

const today = () => new Date().toISOString().slice(0, 10);

/** The page's text a customer reads: everything in main but the rules appendix. */
const customerText = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-appendix], .sr-only[data-url]').forEach((e) => e.remove());
    return copy.innerText;
  });

test('the answer comes first: verdict, three signed reasons, duration against the deadline, first step, readiness', async ({ page }) => {
  await page.goto(`/results?${HYBRID_1200}`);
  const card = page.getByRole('region', { name: /^Recommended:/ });
  await expect(card.getByRole('heading', { level: 1 })).toHaveText('Recommended: Hybrid migration');
  await expect(card.getByText(/^Which hybrid: (full|minimal|express) hybrid$/)).toBeVisible();
  const why = card.getByRole('region', { name: 'Why' }).getByRole('listitem');
  await expect(why).toHaveCount(3);
  for (const reason of await why.allInnerTexts()) expect(reason).toMatch(/^[+-]\d+\s+\S/);
  await expect(card.getByRole('region', { name: 'How long' })).toContainText(/About \d+–\d+ days, which (fits within|is tight for|does not fit) your 16 weeks \(112 days\)\./);
  await expect(card.getByRole('region', { name: 'First step' }).getByRole('paragraph')).not.toBeEmpty();
  await expect(card.getByRole('region', { name: 'Readiness' }).getByRole('paragraph')).toContainText(/^\d+ of \d+ checks (is|are) ready/);
  // The card sits above everything else, and inside the first screen of a projector.
  const box = await card.boundingBox();
  expect(box!.y + box!.height).toBeLessThan(720);
  await expectNoAxeViolations(page);
});

test('answered questions are listed, the unknown ones folded into one line that opens', async ({ page }) => {
  await page.goto(`/results?${GOOGLE_300}`);
  const answers = page.getByRole('region', { name: 'Your answers' });
  await expect(answers.getByRole('term')).toHaveText(['Mailboxes', 'Current mail system', 'Budget', 'Timeline', 'Total mailbox data', 'Calendars and contacts must move']);
  await expect(answers.getByRole('definition').filter({ hasText: 'Not known' })).toHaveCount(0);
  const folded = answers.getByText(/^Not known: \d+ questions$/);
  await expect(folded).toBeVisible();
  await expect(answers.getByText(/Largest mailbox/)).toBeHidden();
  await folded.click();
  await expect(answers.getByText(/Largest mailbox/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the scored sign-in options appear only when a sign-in choice applies', async ({ page }) => {
  await page.goto(`/results?${CUTOVER_40}`);
  await expect(page.getByRole('heading', { name: 'How people will sign in' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sign-in methods' })).toHaveCount(0);
  await expect(page.getByText(/out of 100/).filter({ hasText: /Password hash sync/ })).toHaveCount(0);
  await page.goto(`/results?${HYBRID_1200}`);
  await expect(page.getByRole('list', { name: 'Sign-in methods' })).toBeVisible();
});

test('no rule id, ISO date or wording slip in what a customer reads; rule ids only in the appendix', async ({ page }) => {
  for (const query of [CUTOVER_40, HYBRID_1200, GOOGLE_300, 'mailboxes=1&source=imap-other&budget=low&weeks=1&data-gb=1']) {
    await page.goto(`/results?${query}`);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const text = await customerText(page);
    expect(text).not.toMatch(/\b(cutover|staged|hybrid|imap|google-workspace|third-party|sign-in)\.[a-z][a-z-]+/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(/\b[Aa] (IMAP|[aeio])/);
    expect(text).not.toMatch(/(?<![\d.,–-])\b1 (weeks|days|mailboxes|checks)\b/);
    expect(text).not.toMatch(/\b1 of \d+ checks are\b/);
    expect(text).not.toContain('I don’t know');
    await expect(page.locator('[data-appendix]')).toContainText(/(cutover|hybrid|imap)\.[a-z-]+/);
  }
});

test('print: a two-page summary with a title block, then the appendix from page 3', async ({ page }) => {
  test.setTimeout(120_000); // six A4 PDFs
  for (const query of [CUTOVER_40, HYBRID_1200, GOOGLE_300]) {
    await page.goto(`/results?${query}&for=Contoso%20Ltd`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Prepared for Contoso Ltd')).toBeVisible();
    await expect(page.getByText(`Assessed on ${formatDate(today())}.`, { exact: false })).toBeVisible();
    await expect(page.getByText(/^Share link, to reopen these answers and this advice: http/)).toContainText('for=Contoso');
    await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    expect(await page.locator('.handout-page-two, .appendix').evaluateAll((all) => all.map((e) => getComputedStyle(e).breakBefore))).toEqual(['page', 'page']);
    await expectNoAxeViolations(page);
    const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const whole = pages(await page.pdf({ format: 'A4' }));
    await page.locator('.appendix').evaluate((e) => ((e as HTMLElement).style.display = 'none'));
    expect(pages(await page.pdf({ format: 'A4' })), `summary pages for ${query}`).toBe(2);
    expect(whole).toBeGreaterThan(2);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the "prepared for" name is kept in the address and shown as text, never as markup', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  await page.goto(`/results?${CUTOVER_40}`);
  await page.getByLabel('Prepared for (printed on the handout, optional)').fill('<img src=x onerror=alert(1)> Fabrikam');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page).toHaveURL(/for=%3Cimg/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Prepared for <img src=x onerror=alert(1)> Fabrikam')).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('from one-page, "Change" goes back to the one-page form at that question', async ({ page }) => {
  await page.goto(`/results?${CUTOVER_40}&from=one-page`);
  const change = page.getByRole('link', { name: 'Change timeline' });
  await expect(change).toHaveAttribute('href', /^\/one-page\?.*weeks=4.*#f-weeks$/);
  await expect(page.getByRole('link', { name: 'Back to the one-page form' })).toHaveAttribute('href', /^\/one-page\?mailboxes=40/);
  await page.goto(`/results?${CUTOVER_40}`);
  await expect(page.getByRole('link', { name: 'Change timeline' })).toHaveAttribute('href', /^\/questions\/weeks\?.*from=check$/);
  await expect(page.getByRole('link', { name: 'Change them on one page' })).toHaveAttribute('href', /^\/one-page\?mailboxes=40/);
});

test('phone: the ways to take the advice away fit two short rows (not five stacked buttons), and the Markdown download says it is Markdown', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/results?${CUTOVER_40}`);
  const buttons = [page.getByRole('button', { name: 'Copy share link' }), page.getByRole('button', { name: 'Print handout' }), page.getByText('More ways to save')];
  const boxes = await Promise.all(buttons.map((b) => b.boundingBox()));
  const bar = await page.getByRole('region', { name: 'Take the advice away' }).boundingBox();
  expect(bar!.height).toBeLessThan(110); // at most two short rows, no empty band
  expect(Math.max(...boxes.map((b) => b!.y + b!.height)) - bar!.y).toBeLessThanOrEqual(bar!.height);
  await page.getByText('More ways to save').click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Markdown report (.md)' }).click();
  expect((await download).suggestedFilename()).toBe('migration-advice.md');
  await expectNoAxeViolations(page);
});
